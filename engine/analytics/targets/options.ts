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
  "confluence",
  "crossing",
  "proceeds",
  "collection",
  "crime",
  "disruption",
  "leadership",
  "command",
  "organiser",
] as const;
export type TargetFeature = (typeof TARGET_FEATURES)[number];

export interface TargetOptions {
  weights?: Partial<Record<TargetFeature, number>>;
  /** Targets listed in the Analysis. */
  top?: number;
  /** Reasons given per target, strongest first. */
  reasons?: number;
  /** Share of the score an everyday hub loses, times its hubness (everyday-hubs.ts). */
  hubDiscount?: number;
}

export interface ResolvedTargetOptions {
  weights: Record<TargetFeature, number>;
  top: number;
  reasons: number;
  hubDiscount: number;
}

export const TARGET_PARAMETERS: Parameters<ResolvedTargetOptions> = {
  weights: {
    type: "record",
    keys: TARGET_FEATURES,
    min: 0,
    description: "weight of each feature's percentile in the score",
    default: {
      // Sources per feature: engine/analytics/targets/README.md; the sensitivity of the top 20
      // to each weight: scripts/sensitivity.ts.
      // On the paths between others: who holds the network together (Freeman 1977).
      betweenness: 0.05,
      // Tied to the well tied: who the network turns to (Brin & Page 1998).
      pagerank: 0.05,
      // Open two-paths across communities (Gould & Fernandez 1989, not coordinator).
      brokerage: 0.1,
      // Money handled in and out, in euros, with what their companies handled at their share.
      money: 0.2,
      // Money passed up to those on whom money concentrates (money/feeding.ts).
      broker: 0.25,
      // Money paid where the money of three or more communities meets, as into a laundering
      // service that serves several networks (money/confluence.ts; FATF 2018).
      confluence: 0.25,
      // Money received from people of other communities: paid by another network
      // (money/cross-money.ts; Gould & Fernandez 1989 on flows between groups). As much as money
      // paid where networks' money meets and money fed up: the three ways money shows a link
      // between networks or up a chain weigh alike (targets/README.md).
      crossing: 0.25,
      // What smuggled persons and victims paid, followed one step: who collects the fees and
      // whom the collectors serve (money/proceeds.ts; Campana 2018).
      proceeds: 0.1,
      // Many smuggled persons or victims pay the person, who passes it up to one other: the
      // collector's funnel, as of a hawala broker remitting fees to the organiser
      // (money/collection.ts; Campana 2018; Europol & INTERPOL 2016).
      collection: 0.2,
      // Crime types carried, directly or through ties: links between crimes.
      crime: 0.075,
      // Connected pairs cut apart when the person alone is removed (Borgatti 2006). Off by
      // default: in records the cut points are team leads and lone contacts, and it pushed a
      // money broker out of the top k on unlabelled worlds (targets/README.md); the disruption
      // summary and the key-player set of the Analysis cover it.
      disruption: 0,
      // Money concentrating upward to the person and their companies (money/upward-money.ts).
      leadership: 0.3,
      // Calls out, unreturned, to a few who call many (command.ts).
      command: 0.2,
      // Trips recorded with the person as organiser, organisations they control: labels confirm.
      organiser: 0.1,
    },
  },
  top: { type: "integer", default: 50, min: 0, description: "targets listed in the analysis" },
  reasons: { type: "integer", default: 4, min: 0, description: "reasons given per target" },
  hubDiscount: {
    type: "number",
    default: 0.6,
    min: 0,
    max: 1,
    description:
      "share of the score an everyday hub (contacts spread over many communities, no case) loses, times its hubness",
  },
};
export const TARGET_DEFAULTS = defaultsOf(TARGET_PARAMETERS);

export function resolveTargetOptions(options: TargetOptions = {}): ResolvedTargetOptions {
  const resolved = resolveOptions("targets", TARGET_PARAMETERS, options);
  if (Object.values(resolved.weights).every((weight) => weight === 0)) {
    throw new OptionError("targets: at least one feature weight must be positive");
  }
  return resolved;
}
