/**
 * Closeness centrality (L. C. Freeman, "Centrality in social networks:
 * conceptual clarification", Social Networks 1:215–239, 1978) and harmonic
 * centrality (M. Marchiori & V. Latora, "Harmony in the small-world",
 * Physica A 285:539–546, 2000; P. Boldi & S. Vigna, "Axioms for centrality",
 * Internet Mathematics 10:222–262, 2014), both from one shortest-path search
 * per node.
 *
 * Closeness follows networkx's default for disconnected graphs, the
 * Wasserman–Faust correction (S. Wasserman & K. Faust, Social Network
 * Analysis, 1994, p. 201): with r the number of other nodes a node reaches
 * and D the sum of its distances to them,
 *   closeness = (r / D) · (r / (n - 1)),  0 for a node that reaches nobody,
 * so a node central in a small component does not outrank one in the main
 * network. Harmonic centrality is the sum of 1/distance over the other nodes
 * (unreachable ones add 0), not normalised, as networkx returns it.
 * Cost O(n·m): exact at the sizes of a case file, not at 1M edges.
 */
import type { Csr } from "../csr.ts";
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";
import { ShortestPaths } from "./shortest-paths.ts";

export interface ClosenessOptions {
  /** Distances by tie length 1/weight (Dijkstra) instead of hop count. */
  weighted?: boolean;
}

export const CLOSENESS_PARAMETERS: Parameters<Required<ClosenessOptions>> = {
  weighted: {
    type: "boolean",
    default: false,
    description: "distances by tie length 1/weight instead of hop count",
  },
};
export const CLOSENESS_DEFAULTS = defaultsOf(CLOSENESS_PARAMETERS);

export interface ClosenessResult {
  closeness: Float64Array;
  harmonic: Float64Array;
}

export function closeness(csr: Csr, options?: ClosenessOptions): ClosenessResult {
  const { weighted } = resolveOptions("closeness", CLOSENESS_PARAMETERS, options);
  const n = csr.nodeCount;
  const result = { closeness: new Float64Array(n), harmonic: new Float64Array(n) };
  const paths = new ShortestPaths(csr, weighted);
  const { order, distance } = paths;
  for (let source = 0; source < n; source++) {
    const reached = paths.run(source);
    let total = 0;
    let harmonic = 0;
    // order[0] is the source itself, at distance 0.
    for (let i = 1; i < reached; i++) {
      const d = distance[order[i]!]!;
      total += d;
      harmonic += 1 / d;
    }
    const others = reached - 1;
    if (total > 0) result.closeness[source] = (others / total) * (others / (n - 1));
    result.harmonic[source] = harmonic;
  }
  return result;
}
