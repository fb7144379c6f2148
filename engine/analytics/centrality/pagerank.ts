/**
 * PageRank by power iteration (S. Brin & L. Page, "The anatomy of a
 * large-scale hypertextual Web search engine", Computer Networks 30:107–117,
 * 1998), on the undirected person network: each tie is followed both ways,
 * in proportion to its weight when `weighted`. Teleport is uniform and the
 * mass of dangling nodes (isolates) is spread uniformly, as networkx and
 * igraph do, so the scores match their reference values.
 *
 * Stops when the largest change of any node's score in one iteration falls
 * below `tolerance`. graphology's summed-change test stops after one or two
 * iterations on large graphs (docs/PERFORMANCE.md), so the check here is per node
 * and the number of iterations is reported.
 */
import type { Csr } from "../csr.ts";
import { degree } from "./degree.ts";
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";
import type { WorkProgress } from "../progress.ts";

export interface PageRankOptions {
  /** Damping factor: probability of following a tie rather than teleporting. */
  alpha?: number;
  /** Stop when max |x_new - x_old| over nodes is below this. */
  tolerance?: number;
  maxIterations?: number;
  /** Follow ties in proportion to their weight; false treats every tie alike. */
  weighted?: boolean;
}

export const PAGERANK_PARAMETERS: Parameters<Required<PageRankOptions>> = {
  alpha: { type: "number", default: 0.85, min: 0, max: 1, description: "damping factor" },
  tolerance: {
    type: "number",
    default: 1e-10,
    above: 0,
    description: "stop when no node changes by this much",
  },
  maxIterations: { type: "integer", default: 1000, min: 1, description: "most iterations" },
  weighted: { type: "boolean", default: true, description: "follow ties by their weight" },
};
export const PAGERANK_DEFAULTS = defaultsOf(PAGERANK_PARAMETERS);

export interface PageRankResult {
  /** Score per node index; sums to 1. */
  scores: Float64Array;
  iterations: number;
  /** False when maxIterations ran out before the tolerance was met. */
  converged: boolean;
  /** The largest per-node change in the last iteration. */
  maxChange: number;
}

/** `progress`: towards the tolerance, iteration by iteration (powerIteration). */
export function pagerank(
  csr: Csr,
  options?: PageRankOptions,
  progress?: WorkProgress,
): PageRankResult {
  const resolved = resolvePageRankOptions(options);
  return powerIteration(csr, degree(csr, { weighted: resolved.weighted }), resolved, progress);
}

export function resolvePageRankOptions(options?: PageRankOptions): Required<PageRankOptions> {
  return resolveOptions("pagerank", PAGERANK_PARAMETERS, options);
}

/**
 * The power iteration: node i collects from the nodes in its slice of
 * `incoming` (its neighbours, or on a directed network the senders of its
 * in-arcs), each of which spreads its score over its `strength` (weighted
 * degree, or weighted out-degree). `progress` hears after each iteration
 * how far the largest change has come down from the first iteration's
 * towards the tolerance, on a log scale (the iterations needed are not known
 * in advance; the change falls about geometrically).
 */
export function powerIteration(
  incoming: Csr,
  strength: Float64Array,
  options: Required<PageRankOptions>,
  progress?: WorkProgress,
): PageRankResult {
  const { alpha, tolerance, maxIterations, weighted } = options;
  const n = incoming.nodeCount;
  const { offsets, targets, weights } = incoming;
  if (n === 0) return { scores: new Float64Array(0), iterations: 0, converged: true, maxChange: 0 };

  // share[j] = alpha / strength(j): the fraction of j's score sent along each unit of tie weight.
  const share = new Float64Array(n);
  const dangling: number[] = [];
  for (let j = 0; j < n; j++) {
    if (strength[j]! > 0) share[j] = alpha / strength[j]!;
    else dangling.push(j);
  }

  let scores = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const sent = new Float64Array(n);
  let iterations = 0;
  let maxChange = Infinity;
  let firstChange: number | undefined;
  let reached = 0;
  while (iterations < maxIterations && maxChange >= tolerance) {
    let danglingMass = 0;
    for (const j of dangling) danglingMass += scores[j]!;
    const base = (1 - alpha) / n + (alpha * danglingMass) / n;
    for (let j = 0; j < n; j++) sent[j] = scores[j]! * share[j]!;
    maxChange = 0;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      const end = offsets[i + 1]!;
      // Two loops rather than a weight of 1: the unweighted one never reads the weights array.
      if (weighted) for (let k = offsets[i]!; k < end; k++) sum += weights[k]! * sent[targets[k]!]!;
      else for (let k = offsets[i]!; k < end; k++) sum += sent[targets[k]!]!;
      const value = base + sum;
      const change = Math.abs(value - scores[i]!);
      if (change > maxChange) maxChange = change;
      next[i] = value;
    }
    [scores, next] = [next, scores];
    iterations++;
    firstChange ??= maxChange;
    // The change can rise for an iteration: the progress stays where it was.
    reached = Math.max(reached, Math.log(firstChange / maxChange));
    progress?.(reached, Math.log(firstChange / tolerance));
  }
  return { scores, iterations, converged: maxChange < tolerance, maxChange };
}
