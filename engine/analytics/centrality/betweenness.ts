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
import type { Csr } from "../csr.ts";
import { resolveOptions } from "./options.ts";
import { ShortestPaths } from "./shortest-paths.ts";

export interface BetweennessOptions {
  /** Shortest paths by tie length 1/weight (Dijkstra) instead of hop count (BFS). */
  weighted?: boolean;
  /** Divide by (n-1)(n-2)/2, the number of pairs not involving the node. */
  normalized?: boolean;
}

export const BETWEENNESS_DEFAULTS: Required<BetweennessOptions> = {
  weighted: false,
  normalized: true,
};

export function betweenness(csr: Csr, options?: BetweennessOptions): Float64Array {
  const { weighted, normalized } = resolveOptions("betweenness", BETWEENNESS_DEFAULTS, options);
  const n = csr.nodeCount;
  const sources = new Uint32Array(n);
  for (let i = 0; i < n; i++) sources[i] = i;
  const scores = accumulateDependencies(csr, sources, weighted);
  return scaleBetweenness(scores, n, n, normalized);
}

/**
 * Sum over the given sources s of the dependency δ_s(v) of each node v
 * (Brandes 2001, Theorem 6). Over all sources each unordered pair is counted
 * twice, once from each end.
 */
export function accumulateDependencies(
  csr: Csr,
  sources: Uint32Array,
  weighted: boolean,
): Float64Array {
  const n = csr.nodeCount;
  const { offsets, targets } = csr;
  const scores = new Float64Array(n);
  // pull[w] = (1 + δ(w)) / σ(w): what w passes back to each predecessor per shortest path through it.
  const pull = new Float64Array(n);
  const paths = new ShortestPaths(csr, weighted);
  const { order, distance, sigma, edgeLength } = paths;
  for (const source of sources) {
    const reached = paths.run(source);
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
      const sigmaV = sigma[v]!;
      const dependency = sigmaV * sum;
      pull[v] = (1 + dependency) / sigmaV;
      if (v !== source) scores[v]! += dependency;
    }
  }
  return scores;
}

/**
 * Turns summed dependencies from `sourceCount` of the n sources into
 * betweenness, extrapolating by n / sourceCount (Brandes & Pich 2007) and
 * halving because each undirected pair was counted from both ends.
 */
export function scaleBetweenness(
  scores: Float64Array,
  n: number,
  sourceCount: number,
  normalized: boolean,
): Float64Array {
  // As networkx: with n <= 2 no pair has an inner node, and normalising would divide by zero.
  const pairs = normalized && n > 2 ? ((n - 1) * (n - 2)) / 2 : 1;
  const factor = sourceCount > 0 ? n / sourceCount / 2 / pairs : 0;
  for (let i = 0; i < n; i++) scores[i]! *= factor;
  return scores;
}
