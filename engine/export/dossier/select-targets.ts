/** Which targets to export: the top N of the analysis's ranking, or ids named by the user. */
import type { Analysis } from "../../analytics/index.ts";

export function topTargets(analysis: Analysis, top: number): string[] {
  return [...analysis.targets]
    .sort((a, b) => a.rank - b.rank)
    .slice(0, top)
    .map((target) => target.id);
}
