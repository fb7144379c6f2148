/**
 * Options of the target score, with documented defaults.
 *
 * Each feature is turned into a percentile among the persons who may be
 * targets (fraction of them with a strictly lower value), so that features
 * on different scales weigh as the weights say and one outlier does not
 * flatten everyone else. The score is the weighted mean of the percentiles,
 * in [0, 1].
 */
import { defaultsOf, OptionError, resolveOptions, type Parameters } from "../options.ts";

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

export interface ResolvedTargetOptions {
  weights: Record<TargetFeature, number>;
  top: number;
  reasons: number;
}

export const TARGET_PARAMETERS: Parameters<ResolvedTargetOptions> = {
  weights: {
    type: "record",
    keys: TARGET_FEATURES,
    min: 0,
    description: "weight of each feature's percentile in the score",
    default: {
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
  },
  top: { type: "integer", default: 50, min: 0, description: "targets listed in the analysis" },
  reasons: { type: "integer", default: 4, min: 0, description: "reasons given per target" },
};
export const TARGET_DEFAULTS = defaultsOf(TARGET_PARAMETERS);

export function resolveTargetOptions(options: TargetOptions = {}): ResolvedTargetOptions {
  const resolved = resolveOptions("targets", TARGET_PARAMETERS, options);
  if (Object.values(resolved.weights).every((weight) => weight === 0)) {
    throw new OptionError("targets: at least one feature weight must be positive");
  }
  return resolved;
}
