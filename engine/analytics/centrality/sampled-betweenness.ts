/**
 * Sampled betweenness by pivots: Brandes' accumulation from k sources drawn
 * uniformly without replacement with a seeded generator, extrapolated by n/k
 * (U. Brandes & C. Pich, "Centrality estimation in large networks", Int. J.
 * Bifurcation and Chaos 17(7):2303–2318, 2007). Cost k/n of the exact run.
 *
 * By default each pivot's dependencies are linearly scaled by distance
 * (Geisberger, Sanders & Schultes, ALENEX 2008; see betweenness.ts): plain
 * pivots make every node next to a pivot look central, since it collects the
 * pivot's whole shortest-path tree extrapolated by n/k, which spoils the top
 * of the ranking; `linearScaling: false` gives the plain Brandes–Pich estimate.
 * Both are unbiased. One caveat for weighted runs with linear scaling: two
 * paths whose float lengths tie when summed from one end may not tie when
 * summed from the other, and then the two ends' shares of that pair no longer
 * add up to exactly 1 (3e-4 off on Montagna meetings with every node a
 * pivot). So when k >= n the plain exact accumulation runs instead.
 *
 * Stated error, on the normalised scale. For a node v, the estimate is the
 * mean of k values X_s = c·n·δ_s(v) / ((n-1)(n-2)), one per pivot s (c = 1
 * plain, 2 linearly scaled, where each pair is counted once instead of twice),
 * whose mean over all n possible pivots is the exact normalised betweenness;
 * each X_s lies in [0, R] with R = c·n/(n-1), because a source's dependency on
 * v is at most n-2. Serfling's inequality for sampling without replacement
 * (R. J. Serfling, "Probability inequalities for the sum in sampling without
 * replacement", Ann. Statist. 2(1):39–48, 1974), Hoeffding's bound tightened
 * by the finite-population factor 1 - (k-1)/n, with a union bound over the n
 * nodes, gives: with probability at least `confidence`, every node's estimate
 * is within
 *   ε = R · sqrt( (1 - (k-1)/n) · ln(2n / (1 - confidence)) / (2k) )
 * of its exact value. Like the Riondato–Kornaropoulos bound (Data Min. Knowl.
 * Disc. 30:438–475, 2016) it holds for all nodes at once and needs no
 * assumption on the graph; it is conservative, the observed error on top
 * nodes is usually far smaller (measured in scripts/bench/centrality.bench.ts).
 * With k >= n every node is a pivot and the result is exact (ε = 0).
 *
 * The pivots' searches run in fixed slices spread over worker threads
 * (pivot-parts.ts); the scores do not depend on how many threads ran.
 */
import type { Csr } from "../csr.ts";
import type { WorkProgress } from "../progress.ts";
import { createRng } from "../random.ts";
import {
  BETWEENNESS_PARAMETERS,
  scaleBetweenness,
  type BetweennessOptions,
} from "./betweenness.ts";
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";
import { accumulateInParts } from "./pivot-parts.ts";
import { relabelByGroup } from "./relabel.ts";

export interface SampledBetweennessOptions extends BetweennessOptions {
  /** Number of pivots k; k >= n gives the exact values. */
  samples?: number;
  /** Seed of the pivot draw: the same seed and graph give the same scores. */
  seed?: number;
  /** Probability with which `errorBound` holds for every node at once. */
  confidence?: number;
  /** Weight each pivot's dependencies by distance (Geisberger et al. 2008) rather than plain pivots. */
  linearScaling?: boolean;
  /**
   * A group per node (communities) to number the searches' nodes by, for
   * memory locality (relabel.ts); the scores are bit for bit the same.
   */
  localityGroups?: Int32Array | null;
}

export const SAMPLED_BETWEENNESS_PARAMETERS: Parameters<
  Required<Omit<SampledBetweennessOptions, "localityGroups">>
> = {
  ...BETWEENNESS_PARAMETERS,
  samples: { type: "integer", default: 512, min: 1, description: "pivots drawn" },
  seed: {
    type: "integer",
    default: 1,
    min: -(2 ** 31),
    max: 2 ** 31 - 1,
    description: "seed of the pivot draw",
  },
  confidence: {
    type: "number",
    default: 0.95,
    above: 0,
    below: 1,
    description: "probability with which the error bound holds",
  },
  linearScaling: {
    type: "boolean",
    default: true,
    description: "pivot dependencies weighted by distance (Geisberger et al. 2008)",
  },
};
export const SAMPLED_BETWEENNESS_DEFAULTS = defaultsOf(SAMPLED_BETWEENNESS_PARAMETERS);

export interface SampledBetweenness {
  /** Estimated betweenness per node index, scaled as the exact betweenness(). */
  scores: Float64Array;
  /** The pivots used, in draw order. */
  pivots: Uint32Array;
  seed: number;
  /** True when every node was a pivot. */
  exact: boolean;
  /** Uniform error bound on the normalised scale, holding with probability `confidence` (see header). */
  errorBound: number;
  confidence: number;
}

export function sampledBetweenness(
  csr: Csr,
  options?: SampledBetweennessOptions,
  progress?: WorkProgress,
): SampledBetweenness {
  // The locality groups are data, not a setting: they change no score.
  const { localityGroups = null, ...settings } = options ?? {};
  const { weighted, normalized, samples, seed, confidence, linearScaling } = resolveOptions(
    "sampledBetweenness",
    SAMPLED_BETWEENNESS_PARAMETERS,
    settings,
  );
  const n = csr.nodeCount;
  const pivots = drawPivots(n, Math.min(samples, n), seed);
  const exact = pivots.length === n;
  const linear = linearScaling && !exact;
  const scores = localityGroups
    ? accumulateRelabelled(csr, localityGroups, pivots, weighted, linear, progress)
    : accumulateInParts(csr, pivots, weighted, linear, progress);
  scaleBetweenness(scores, n, pivots.length, normalized, linear ? 1 : 2);
  return {
    scores,
    pivots,
    seed,
    exact,
    errorBound: exact ? 0 : pivotErrorBound(n, pivots.length, confidence, linearScaling),
    confidence,
  };
}

/** The uniform bound ε of the header for k pivots out of n nodes. */
export function pivotErrorBound(
  n: number,
  k: number,
  confidence: number,
  linearScaling = SAMPLED_BETWEENNESS_DEFAULTS.linearScaling,
): number {
  if (k >= n || n <= 2) return 0;
  const range = ((linearScaling ? 2 : 1) * n) / (n - 1);
  const finitePopulation = 1 - (k - 1) / n;
  return range * Math.sqrt((finitePopulation * Math.log((2 * n) / (1 - confidence))) / (2 * k));
}

function accumulateRelabelled(
  csr: Csr,
  groups: Int32Array,
  pivots: Uint32Array,
  weighted: boolean,
  linear: boolean,
  progress?: WorkProgress,
): Float64Array {
  const { csr: local, position } = relabelByGroup(csr, groups);
  const localScores = accumulateInParts(
    local,
    pivots.map((v) => position[v]!),
    weighted,
    linear,
    progress,
  );
  return Float64Array.from(position, (i) => localScores[i]!);
}

/** First k entries of a seeded Fisher–Yates shuffle of 0..n-1: a uniform sample without replacement. */
function drawPivots(n: number, k: number, seed: number): Uint32Array {
  const rng = createRng(seed);
  const nodes = new Uint32Array(n);
  for (let i = 0; i < n; i++) nodes[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const swap = nodes[i]!;
    nodes[i] = nodes[j]!;
    nodes[j] = swap;
  }
  return nodes.slice(0, k);
}
