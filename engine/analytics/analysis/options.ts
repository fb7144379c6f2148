/**
 * Options of the whole analysis, gathered from every analytic's own defaults
 * so that one object records all that shaped an Analysis (its `parameters`).
 */
import { COMMUNITY_PARAMETERS } from "../communities/index.ts";
import { PAGERANK_DEFAULTS } from "../centrality/index.ts";
import {
  MONEY_DEFAULTS,
  MONEY_PARAMETERS,
  resolveMoneyOptions,
  type MoneyOptions,
} from "../money/index.ts";
import {
  PERSON_NETWORK_DEFAULTS,
  PERSON_NETWORK_PARAMETERS,
  resolvePersonNetworkOptions,
  type PersonNetworkOptions,
  type ResolvedPersonNetworkOptions,
} from "../network/index.ts";
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";
import type { AnalysisProgress } from "../progress.ts";
import { CRIME_LINK_PARAMETERS } from "../overlaps/index.ts";
import {
  resolveTargetOptions,
  TARGET_DEFAULTS,
  TARGET_PARAMETERS,
  type ResolvedTargetOptions,
  type TargetOptions,
} from "../targets/index.ts";

export interface AnalysisOptions {
  /** Seed of every random choice (community visiting order, betweenness pivots). */
  seed?: number;
  /** Modularity resolution γ of the communities. */
  resolution?: number;
  network?: PersonNetworkOptions;
  /**
   * Exact betweenness (Brandes) while nodes × ties stays at or below this;
   * above it, sampled from `betweennessSamples` seeded pivots with a stated
   * error bound. The default keeps exact betweenness under about ten seconds
   * on this machine (docs/PERFORMANCE.md: about 90 s for 100k ties in plain JS).
   */
  betweennessExactLimit?: number;
  /**
   * Pivots of sampled betweenness. 64: on the 1.2M-link world the same top
   * 100 targets as with 256 pivots (the target score weighs betweenness
   * 0.05) for a quarter of the searches (README.md, "Sampled betweenness at
   * 10M links").
   */
  betweennessSamples?: number;
  /**
   * At most this many steps (pivots × (actors + half-edges)) for sampled
   * betweenness: past it, fewer pivots than `betweennessSamples`, and the
   * stated error bound grows with it. Each pivot is one search of the whole
   * network, so a fixed pivot count costs time in proportion to the network;
   * the default keeps 64 pivots up to 18.7M actors and half-edges (the
   * 1.2M-link world has 1.6M, the 12.4M-link world 17.9M).
   */
  betweennessWork?: number;
  /** Damping factor of PageRank (weighted by tie weight). */
  pagerankAlpha?: number;
  /** Longest chain of ties followed for crime links. */
  crimeLinkHops?: number;
  money?: MoneyOptions;
  targets?: TargetOptions;
  /** Removal steps in the disruption summary. */
  disruptionSteps?: number;
  /** Size of the key-player set in the disruption summary (0 to skip). */
  keyPlayers?: number;
  /** Progress of each step from inside it (progress.ts), for the CLI's display and the server's worker. */
  onProgress?: AnalysisProgress;
  /**
   * Persons' and organisations' records built each time they are read and
   * never kept (records-on-demand.ts), for a caller that only saves the
   * Analysis; such an Analysis cannot be posted between threads.
   */
  actorRecordsOnDemand?: boolean;
}

type ResolvedScalars = Required<
  Omit<AnalysisOptions, "network" | "money" | "targets" | "onProgress" | "actorRecordsOnDemand">
>;

export const ANALYSIS_PARAMETERS: Parameters<
  ResolvedScalars & {
    network: ResolvedPersonNetworkOptions;
    money: Required<MoneyOptions>;
    targets: ResolvedTargetOptions;
  }
> = {
  seed: {
    type: "integer",
    default: 1,
    description: "seed of every random choice (community visiting order, betweenness pivots)",
  },
  resolution: COMMUNITY_PARAMETERS.resolution,
  network: {
    type: "group",
    parameters: PERSON_NETWORK_PARAMETERS,
    default: PERSON_NETWORK_DEFAULTS,
    description: "how the person network weighs evidence and expands groups",
  },
  betweennessExactLimit: {
    type: "number",
    default: 5e8,
    min: 0,
    description: "exact betweenness while nodes × ties stays at or below this, sampled above",
  },
  betweennessSamples: {
    type: "integer",
    default: 64,
    min: 1,
    description: "pivots of sampled betweenness",
  },
  betweennessWork: {
    type: "number",
    default: 1.2e9,
    min: 1,
    description:
      "most pivots × (actors + half-edges) for sampled betweenness: fewer pivots past it (the error bound says what that costs)",
  },
  pagerankAlpha: {
    type: "number",
    default: PAGERANK_DEFAULTS.alpha,
    above: 0,
    below: 1,
    description: "PageRank damping (weighted by tie weight)",
  },
  crimeLinkHops: CRIME_LINK_PARAMETERS.maxHops,
  money: {
    type: "group",
    parameters: MONEY_PARAMETERS,
    default: MONEY_DEFAULTS,
    description: "exchange rates for ranking and the money-broker hubs",
  },
  targets: {
    type: "group",
    parameters: TARGET_PARAMETERS,
    default: TARGET_DEFAULTS,
    description: "target score weights, targets listed, reasons given",
  },
  disruptionSteps: {
    type: "integer",
    default: 10,
    min: 0,
    description: "removal steps in the disruption summary",
  },
  keyPlayers: {
    type: "integer",
    default: 5,
    min: 0,
    description: "size of the key-player set in the disruption summary (0 to skip)",
  },
};
export const ANALYSIS_DEFAULTS = defaultsOf(ANALYSIS_PARAMETERS);

export type ResolvedAnalysisOptions = ReturnType<typeof resolveAnalysisOptions>;

export function resolveAnalysisOptions(options: AnalysisOptions = {}) {
  const { onProgress, actorRecordsOnDemand = false, ...rest } = options;
  const resolved = resolveOptions("analysis", ANALYSIS_PARAMETERS, rest);
  // The modules' own rules across their fields (hubs within the clique limit, a positive weight).
  return {
    ...resolved,
    network: resolvePersonNetworkOptions(resolved.network),
    money: resolveMoneyOptions(resolved.money),
    targets: resolveTargetOptions(resolved.targets),
    onProgress,
    actorRecordsOnDemand,
  };
}
