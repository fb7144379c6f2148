/**
 * A board as its reader is shown it (CLI `board show`, the API, the
 * briefing): each member with its name, its rank and score in the reader's
 * analysis now, and what changed since its last review; the notes on the
 * members, on ties between them and on the board; the history. Everything
 * comes from the reader's own view, so nothing in it is above them.
 */
import type { Board, BoardBook, BoardMember, Note } from "./fold.ts";
import { changesSince, type AnalysedView, type MemberChanges } from "./snapshot.ts";
import { tieEnds } from "./visible.ts";

export interface MemberReport extends BoardMember {
  name: string;
  rank: number | null;
  score: number | null;
  changes: MemberChanges;
}

export interface BoardReport extends Omit<Board, "members"> {
  members: MemberReport[];
  notes: Note[];
}

export function boardReport(book: BoardBook, board: Board, view: AnalysedView): BoardReport {
  const persons = new Set(board.members.map((member) => member.person));
  const members = board.members.map((member) => {
    const record = view.analysis.persons.find((person) => person.id === member.person);
    return {
      ...member,
      name: view.graph.getNodeAttribute(member.person, "label"),
      rank: record?.targetRank ?? null,
      score: record?.score ?? null,
      changes: changesSince(view, member.person, member.review),
    };
  });
  const notes = book.notes.filter(
    (note) =>
      note.board === board.name ||
      (note.subject === "person" && persons.has(note.about)) ||
      (note.subject === "tie" && tieEnds(note.about).some((id) => persons.has(id))),
  );
  return { ...board, members, notes };
}

/** "+2 ties, +1 transfer (EUR 700 in), +1 case, rank 12→5": what changed, in words. */
export function changeSummary(changes: MemberChanges): string {
  if (changes.since === null) return "no review at your clearance";
  const parts: string[] = [];
  const count = (list: string[], word: string, detail = "") =>
    list.length > 0 && parts.push(`+${list.length} ${word}${list.length > 1 ? "s" : ""}${detail}`);
  const money = [
    ...Object.entries(changes.newMoney.received).map(([c, a]) => `${c} ${a} in`),
    ...Object.entries(changes.newMoney.sent).map(([c, a]) => `${c} ${a} out`),
  ];
  count(changes.newTies, "tie");
  count(changes.newTransfers, "transfer", money.length > 0 ? ` (${money.join(", ")})` : "");
  count(changes.newCases, "case");
  if (changes.newCrimeLinks.length > 0)
    parts.push(`new crime links ${changes.newCrimeLinks.join(" ")}`);
  if (changes.rank.before !== changes.rank.now) {
    parts.push(`rank ${changes.rank.before ?? "-"}→${changes.rank.now ?? "-"}`);
  }
  if (changes.score.before !== changes.score.now) {
    parts.push(`score ${changes.score.before ?? "-"}→${changes.score.now ?? "-"}`);
  }
  return parts.length === 0 ? "no change" : parts.join(", ");
}
