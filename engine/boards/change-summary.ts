/**
 * What changed for a board member since its last review, in words. Apart
 * from report.ts (which computes the changes from the analysis) so the
 * viewer's board screen writes it the same way without bundling analytics.
 */
import type { MemberChanges } from "./snapshot.ts";

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
