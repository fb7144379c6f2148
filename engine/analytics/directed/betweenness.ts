/**
 * Directed betweenness: Brandes' dependencies (centrality/betweenness.ts)
 * accumulated along out-arcs only, so a node lies between s and t when it is
 * on a shortest path from s to t that follows the calls and payments.
 *
 * Weighted runs take an arc's length as 1/weight (T. Opsahl, F. Agneessens &
 * J. Skvoretz, "Node centrality in weighted networks: generalizing degree and
 * shortest paths", Social Networks 32(3):245–251, 2010): a strong arc is a
 * short one. Normalised as networkx does for directed graphs: each ordered
 * pair counts once, divided by (n − 1)(n − 2).
 */
import { accumulateDependencies } from "../centrality/betweenness.ts";
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";
import type { DirectedCsr } from "./directed-csr.ts";

export interface DirectedBetweennessOptions {
  /** Shortest paths by arc length 1/weight (Dijkstra) instead of hop count (BFS). */
  weighted?: boolean;
  /** Divide by (n − 1)(n − 2), the ordered pairs not involving the node. */
  normalized?: boolean;
}

export const DIRECTED_BETWEENNESS_PARAMETERS: Parameters<Required<DirectedBetweennessOptions>> = {
  weighted: {
    type: "boolean",
    default: true,
    description: "shortest paths by arc length 1/weight instead of hop count",
  },
  normalized: {
    type: "boolean",
    default: true,
    description: "divided by the ordered pairs not involving the node",
  },
};
export const DIRECTED_BETWEENNESS_DEFAULTS = defaultsOf(DIRECTED_BETWEENNESS_PARAMETERS);

export function directedBetweenness(
  csr: DirectedCsr,
  options?: DirectedBetweennessOptions,
): Float64Array {
  const { weighted, normalized } = resolveOptions(
    "directed/betweenness",
    DIRECTED_BETWEENNESS_PARAMETERS,
    options,
  );
  const n = csr.nodeCount;
  const sources = new Uint32Array(n);
  for (let i = 0; i < n; i++) sources[i] = i;
  const scores = accumulateDependencies(csr.out, sources, weighted);
  // As networkx: with n <= 2 no pair has an inner node, and normalising would divide by zero.
  if (normalized && n > 2) {
    const factor = 1 / ((n - 1) * (n - 2));
    for (let i = 0; i < n; i++) scores[i]! *= factor;
  }
  return scores;
}
