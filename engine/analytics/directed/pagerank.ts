/**
 * Directed PageRank: a walker follows out-arcs in proportion to their weight
 * (or alike when `weighted` is false), teleports uniformly with probability
 * 1 − alpha, and leaves a node with no out-arc (who calls and pays nobody)
 * to a uniformly chosen node, as networkx and igraph do. The iteration is the
 * undirected one (centrality/pagerank.ts) run on the in-arcs.
 */
import {
  powerIteration,
  resolvePageRankOptions,
  type PageRankOptions,
  type PageRankResult,
} from "../centrality/pagerank.ts";
import { degree } from "../centrality/degree.ts";
import type { WorkProgress } from "../progress.ts";
import type { DirectedCsr } from "./directed-csr.ts";

/** `progress`: towards the tolerance, iteration by iteration (centrality/pagerank.ts). */
export function directedPagerank(
  csr: DirectedCsr,
  options?: PageRankOptions,
  progress?: WorkProgress,
): PageRankResult {
  const resolved = resolvePageRankOptions(options);
  return powerIteration(
    csr.in,
    degree(csr.out, { weighted: resolved.weighted }),
    resolved,
    progress,
  );
}
