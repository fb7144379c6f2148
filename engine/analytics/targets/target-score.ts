/**
 * The target score: a weighted mean of feature strengths (rank-strength.ts,
 * weights in options.ts) over the persons who may be targets, discounted for
 * everyday hubs (everyday-hubs.ts), and the ranking it gives. Ties in score
 * go to the earlier node in input order, so the ranking is reproducible.
 */
import { TARGET_FEATURES, type ResolvedTargetOptions, type TargetFeature } from "./options.ts";
import { rankStrength } from "./rank-strength.ts";

export interface TargetScores {
  /** Score per node; NaN for a node that may not be a target. */
  scores: Float64Array;
  /** Strength of each feature per node, in [0, 1]. */
  strengths: Record<TargetFeature, Float64Array>;
  /** Rank of each feature's value per node among the eligible (1 first, 0 for none). */
  ranks: Record<TargetFeature, Int32Array>;
  /** Persons who may be targets. */
  eligibleCount: number;
  /** Eligible nodes, best first. */
  ranking: number[];
}

/** `hubness` (everyday-hubs.ts) discounts the score by `options.hubDiscount × hubness`. */
export function scoreTargets(
  features: Readonly<Record<TargetFeature, Float64Array>>,
  eligible: Uint8Array,
  options: ResolvedTargetOptions,
  hubness: Float64Array | null = null,
): TargetScores {
  const n = eligible.length;
  const total = TARGET_FEATURES.reduce((sum, feature) => sum + options.weights[feature], 0);
  const strengths = {} as Record<TargetFeature, Float64Array>;
  const ranks = {} as Record<TargetFeature, Int32Array>;
  const scores = new Float64Array(n);
  for (const feature of TARGET_FEATURES) {
    if (features[feature].length !== n) {
      throw new Error(
        `targets: feature ${feature} has ${features[feature].length} values for ${n} nodes`,
      );
    }
    ({ strength: strengths[feature], rank: ranks[feature] } = rankStrength(
      features[feature],
      eligible,
    ));
    const weight = options.weights[feature] / total;
    for (let v = 0; v < n; v++) scores[v]! += weight * strengths[feature][v]!;
  }
  if (hubness) for (let v = 0; v < n; v++) scores[v]! *= 1 - options.hubDiscount * hubness[v]!;
  const ranking: number[] = [];
  for (let v = 0; v < n; v++) {
    if (eligible[v]) ranking.push(v);
    else scores[v] = NaN;
  }
  ranking.sort((x, y) => scores[y]! - scores[x]! || x - y);
  return { scores, strengths, ranks, eligibleCount: ranking.length, ranking };
}
