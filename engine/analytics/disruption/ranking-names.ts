/**
 * The names of the rankings a disruption simulation can remove by, apart
 * from the code behind them, so the CLI can list them without loading the
 * engine (its `--help` stays instant).
 */
export const UNDIRECTED_RANKINGS = ["degree", "betweenness", "pagerank", "score"] as const;

export const DIRECTED_RANKINGS = [
  "in-degree",
  "out-degree",
  "in-strength",
  "out-strength",
  "betweenness",
  "pagerank",
] as const;
export type DirectedRanking = (typeof DIRECTED_RANKINGS)[number];

/** Every name `--by` takes, either network; "score" follows the target ranking on both. */
export const DISRUPTION_RANKINGS = [
  ...new Set([...UNDIRECTED_RANKINGS, ...DIRECTED_RANKINGS, "score"]),
] as readonly string[];
