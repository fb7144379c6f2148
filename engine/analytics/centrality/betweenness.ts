/**
 * Exact betweenness centrality, Brandes' algorithm (U. Brandes, "A faster
 * algorithm for betweenness centrality", J. Math. Sociology 25(2):163–177,
 * 2001): one shortest-path search per source, then dependencies accumulated
 * in reverse order of distance.
 *
 * Normalised as networkx and igraph do for undirected graphs: the sum of pair
 * dependencies divided by (n-1)(n-2)/2, endpoints not counted. Weighted runs
 * use the length 1/weight per tie (shortest-paths.ts).
 *
 * Predecessor lists are never built: in the backward phase a node pulls from
 * its successors (neighbours exactly one edge length further away), which
 * keeps memory at a few arrays of nodeCount entries for any number of sources.
 * Cost O(n·m) unweighted, O(n·m·log n) weighted: above about 100k edges use
 * sampled-betweenness.ts.
 */
import type { WorkProgress } from "../progress.ts";
import type { Csr } from "../csr.ts";
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";
import { ShortestPaths } from "./shortest-paths.ts";

export interface BetweennessOptions {
  /** Shortest paths by tie length 1/weight (Dijkstra) instead of hop count (BFS). */
  weighted?: boolean;
  /** Divide by (n-1)(n-2)/2, the number of pairs not involving the node. */
  normalized?: boolean;
}

export const BETWEENNESS_PARAMETERS: Parameters<Required<BetweennessOptions>> = {
  weighted: {
    type: "boolean",
    default: false,
    description: "shortest paths by tie length 1/weight instead of hop count",
  },
  normalized: {
    type: "boolean",
    default: true,
    description: "divided by the number of pairs not involving the node",
  },
};
export const BETWEENNESS_DEFAULTS = defaultsOf(BETWEENNESS_PARAMETERS);

/** `progress`: sources searched of n. */
export function betweenness(
  csr: Csr,
  options?: BetweennessOptions,
  progress?: WorkProgress,
): Float64Array {
  const { weighted, normalized } = resolveOptions("betweenness", BETWEENNESS_PARAMETERS, options);
  const n = csr.nodeCount;
  const sources = new Uint32Array(n);
  for (let i = 0; i < n; i++) sources[i] = i;
  const scores = accumulateDependencies(csr, sources, weighted, false, progress);
  return scaleBetweenness(scores, n, n, normalized);
}

/**
 * Sum over the given sources s of the dependency δ_s(v) of each node v
 * (Brandes 2001, Theorem 6). Over all sources each unordered pair is counted
 * twice, once from each end.
 *
 * With `linearScaling`, the share of a pair (s, t) that v receives from source s
 * is weighted by d(s,v)/d(s,t) (R. Geisberger, P. Sanders & D. Schultes, "Better
 * approximation of betweenness centrality", ALENEX 2008): the two ends'
 * weights add up to 1, so over all sources each pair is counted once, and a
 * node next to a sampled source no longer collects that source's whole tree.
 * The recursion becomes δ(v) = d(v)·σ(v)·Σ_w (1 + δ(w)) / (σ(w)·d(w)).
 * The sums are added to `scores` (zeros unless given).
 */
export function accumulateDependencies(
  csr: Csr,
  sources: Uint32Array,
  weighted: boolean,
  linearScaling = false,
  progress?: WorkProgress,
  scores: Float64Array = new Float64Array(csr.nodeCount),
): Float64Array {
  const n = csr.nodeCount;
  const { offsets, targets } = csr;
  // pull[w] = (1 + δ(w)) / σ(w), divided by d(w) with linear scaling: what w passes back to
  // each predecessor per shortest path through it.
  const pull = new Float64Array(n);
  const search = new ShortestPaths(csr, weighted);
  const { order, distance, sigma, edgeLength } = search;
  for (let s = 0; s < sources.length; s++) {
    progress?.(s, sources.length);
    const source = sources[s]!;
    const reached = search.run(source);
    for (let i = reached - 1; i >= 0; i--) {
      const v = order[i]!;
      const distanceV = distance[v]!;
      let sum = 0;
      if (edgeLength === null) {
        const successorDistance = distanceV + 1;
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const w = targets[k]!;
          if (distance[w] === successorDistance) sum += pull[w]!;
        }
      } else {
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const w = targets[k]!;
          // Exactly the sum the forward phase compared, so predecessors match it bit for bit.
          if (distanceV + edgeLength[k]! === distance[w]) sum += pull[w]!;
        }
      }
      // The source itself (distance 0) is nobody's successor, so its pull is never read.
      const paths = linearScaling ? sigma[v]! * distanceV : sigma[v]!;
      const dependency = paths * sum;
      pull[v] = (1 + dependency) / paths;
      if (v !== source) scores[v]! += dependency;
    }
  }
  return scores;
}

/**
 * Turns summed dependencies from `sourceCount` of the n sources into
 * betweenness, extrapolating by n / sourceCount (Brandes & Pich 2007) and
 * dividing by the number of times all sources together count each undirected
 * pair (2 for plain dependencies, 1 with linear scaling).
 */
export function scaleBetweenness(
  scores: Float64Array,
  n: number,
  sourceCount: number,
  normalized: boolean,
  countsPerPair: 1 | 2 = 2,
): Float64Array {
  // As networkx: with n <= 2 no pair has an inner node, and normalising would divide by zero.
  const pairs = normalized && n > 2 ? ((n - 1) * (n - 2)) / 2 : 1;
  const factor = sourceCount > 0 ? n / sourceCount / countsPerPair / pairs : 0;
  for (let i = 0; i < n; i++) scores[i]! *= factor;
  return scores;
}
