/**
 * Options of the target score, with documented defaults.
 *
 * Each feature is turned into a percentile among the persons who may be
 * targets (fraction of them with a strictly lower value), so that features
 * on different scales weigh as the weights say and one outlier does not
 * flatten everyone else. The score is the weighted mean of the percentiles,
 * in [0, 1].
 */
export const TARGET_FEATURES = [
  "betweenness",
  "pagerank",
  "brokerage",
  "money",
  "broker",
  "crime",
  "disruption",
  "organiser",
] as const;
export type TargetFeature = (typeof TARGET_FEATURES)[number];

export interface TargetOptions {
  weights?: Partial<Record<TargetFeature, number>>;
  /** Targets listed in the Analysis. */
  top?: number;
  /** Reasons given per target, strongest first. */
  reasons?: number;
}

export const TARGET_DEFAULTS: Readonly<{
  weights: Readonly<Record<TargetFeature, number>>;
  top: number;
  reasons: number;
}> = {
  weights: {
    // On the paths between others: who holds the network together.
    betweenness: 0.15,
    // Tied to the well tied: who the network turns to.
    pagerank: 0.15,
    // Open two-paths across communities (Gould–Fernandez, not coordinator).
    brokerage: 0.1,
    // Money handled in and out, in euros.
    money: 0.15,
    // Money passed on between many parties (money-broker hub score).
    broker: 0.15,
    // Crime types carried, directly or through ties: links between crimes.
    crime: 0.1,
    // Connected pairs cut apart when the person alone is removed.
    disruption: 0.05,
    // Trips recorded with the person as organiser, organisations they control.
    organiser: 0.15,
  },
  top: 50,
  reasons: 4,
};

export interface ResolvedTargetOptions {
  weights: Record<TargetFeature, number>;
  top: number;
  reasons: number;
}

export function resolveTargetOptions(options: TargetOptions = {}): ResolvedTargetOptions {
  for (const key of Object.keys(options)) {
    if (!(key in TARGET_DEFAULTS)) throw new Error(`targets: unknown option "${key}"`);
  }
  const weights = { ...TARGET_DEFAULTS.weights };
  for (const [feature, weight] of Object.entries(options.weights ?? {})) {
    if (!(TARGET_FEATURES as readonly string[]).includes(feature)) {
      throw new Error(`targets: unknown feature "${feature}" in weights`);
    }
    if (!(weight >= 0) || !Number.isFinite(weight)) {
      throw new Error(`targets: weights.${feature} must be a non-negative number, got ${weight}`);
    }
    weights[feature as TargetFeature] = weight;
  }
  if (Object.values(weights).every((weight) => weight === 0)) {
    throw new Error("targets: at least one feature weight must be positive");
  }
  const top = options.top ?? TARGET_DEFAULTS.top;
  const reasons = options.reasons ?? TARGET_DEFAULTS.reasons;
  for (const [name, value] of [
    ["top", top],
    ["reasons", reasons],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`targets: option "${name}" must be a whole number, got ${value}`);
    }
  }
  return { weights, top, reasons };
}
