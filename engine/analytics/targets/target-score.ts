/**
 * The target score: a weighted mean of feature percentiles (options.ts) over
 * the persons who may be targets, and the ranking it gives. Ties in score go
 * to the earlier node in input order, so the ranking is reproducible.
 */
import { TARGET_FEATURES, type ResolvedTargetOptions, type TargetFeature } from "./options.ts";
import { percentiles } from "./percentiles.ts";

export interface TargetScores {
  /** Score per node; NaN for a node that may not be a target. */
  scores: Float64Array;
  /** Percentile of each feature per node. */
  percentiles: Record<TargetFeature, Float64Array>;
  /** Eligible nodes, best first. */
  ranking: number[];
}

export function scoreTargets(
  features: Readonly<Record<TargetFeature, Float64Array>>,
  eligible: Uint8Array,
  options: ResolvedTargetOptions,
): TargetScores {
  const n = eligible.length;
  const total = TARGET_FEATURES.reduce((sum, feature) => sum + options.weights[feature], 0);
  const ranks = {} as Record<TargetFeature, Float64Array>;
  const scores = new Float64Array(n);
  for (const feature of TARGET_FEATURES) {
    if (features[feature].length !== n) {
      throw new Error(
        `targets: feature ${feature} has ${features[feature].length} values for ${n} nodes`,
      );
    }
    ranks[feature] = percentiles(features[feature], eligible);
    const weight = options.weights[feature] / total;
    for (let v = 0; v < n; v++) scores[v]! += weight * ranks[feature][v]!;
  }
  const ranking: number[] = [];
  for (let v = 0; v < n; v++) {
    if (eligible[v]) ranking.push(v);
    else scores[v] = NaN;
  }
  ranking.sort((x, y) => scores[y]! - scores[x]! || x - y);
  return { scores, percentiles: ranks, ranking };
}
