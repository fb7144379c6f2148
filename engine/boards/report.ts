/**
 * A board as its reader is shown it (CLI `board show`, the API, the
 * briefing): each member with its name, its rank and score in the reader's
 * analysis now, and what changed since its last review; the notes on the
 * members, on ties between them and on the board; the history. Everything
 * comes from the reader's own view, so nothing in it is above them.
 */
import { personRecord } from "../analytics/index.ts";
import type { Board, BoardBook, BoardMember, Note } from "./fold.ts";
import { changesSince, type AnalysedView, type MemberChanges } from "./snapshot.ts";
import { tieEnds } from "./visible.ts";

export { changeSummary } from "./change-summary.ts";

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
    const record = personRecord(view.analysis, member.person);
    return {
      ...member,
      name: view.graph.getNodeAttribute(member.person, "label"),
      rank: record?.targetRank ?? null,
      score: record?.score ?? null,
      changes: changesSince(view, member.person, member.review),
    };
  });
  const communities = communitiesOf(view);
  const networks = new Set(board.members.map((member) => communities.get(member.person)));
  const notes = placeNotes(book.notes, view, communities).filter(
    (note) =>
      note.board === board.name ||
      (note.subject === "person" && persons.has(note.about)) ||
      (note.subject === "tie" && tieEnds(note.about).some((id) => persons.has(id))) ||
      (note.subject === "community" && note.network !== undefined && networks.has(note.network)),
  );
  return { ...board, members, notes };
}

/**
 * The notes with each community note placed in the reader's analysis: its
 * network is the community its member is in there (none when the analysis
 * does not hold them), so it follows the people, not a number of another
 * analysis.
 */
export function placeNotes(
  notes: readonly Note[],
  view: Pick<AnalysedView, "analysis">,
  communities = communitiesOf(view),
): Note[] {
  return notes.map((note) => {
    if (note.subject !== "community") return note;
    const network = communities.get(note.about);
    return network === undefined ? note : { ...note, network };
  });
}

/** What a note is on, in words: "person P1", "tie P1|P2", "the network of P1". */
export function noteTopic(note: Pick<Note, "subject" | "about">): string {
  return note.subject === "community"
    ? `the network of ${note.about}`
    : `${note.subject} ${note.about}`;
}

function communitiesOf(view: Pick<AnalysedView, "analysis">): Map<string, number> {
  return new Map(view.analysis.persons.map((person) => [person.id, person.community]));
}
