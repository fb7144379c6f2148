/**
 * Options of the whole analysis, gathered from every analytic's own defaults
 * so that one object records all that shaped an Analysis (its `parameters`).
 */
import { DEFAULT_COMMUNITY_OPTIONS } from "../communities/index.ts";
import { PAGERANK_DEFAULTS } from "../centrality/index.ts";
import { resolveMoneyOptions, type MoneyOptions } from "../money/index.ts";
import { resolvePersonNetworkOptions, type PersonNetworkOptions } from "../network/index.ts";
import { CRIME_LINK_DEFAULTS } from "../overlaps/index.ts";
import { resolveTargetOptions, type TargetOptions } from "../targets/index.ts";

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
   * on this machine (PERFORMANCE.md: about 90 s for 100k ties in plain JS).
   */
  betweennessExactLimit?: number;
  betweennessSamples?: number;
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
  /** Called as each stage starts, for progress on a terminal. */
  onStage?: (stage: string, index: number, total: number) => void;
}

export const ANALYSIS_DEFAULTS = {
  seed: 1,
  resolution: DEFAULT_COMMUNITY_OPTIONS.resolution,
  betweennessExactLimit: 5e8,
  betweennessSamples: 256,
  pagerankAlpha: PAGERANK_DEFAULTS.alpha,
  crimeLinkHops: CRIME_LINK_DEFAULTS.maxHops,
  disruptionSteps: 10,
  keyPlayers: 5,
} as const;

export type ResolvedAnalysisOptions = ReturnType<typeof resolveAnalysisOptions>;

const MODULE = "analysis";

export function resolveAnalysisOptions(options: AnalysisOptions = {}) {
  const known = new Set([
    ...Object.keys(ANALYSIS_DEFAULTS),
    "network",
    "money",
    "targets",
    "onStage",
  ]);
  for (const key of Object.keys(options)) {
    if (!known.has(key)) throw new Error(`${MODULE}: unknown option "${key}"`);
  }
  const scalars = { ...ANALYSIS_DEFAULTS } as {
    -readonly [K in keyof typeof ANALYSIS_DEFAULTS]: number;
  };
  for (const key of Object.keys(ANALYSIS_DEFAULTS) as (keyof typeof ANALYSIS_DEFAULTS)[]) {
    const value = options[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new Error(`${MODULE}: option "${key}" must be a number, got ${String(value)}`);
    }
    scalars[key] = value;
  }
  const integers = [
    "seed",
    "betweennessSamples",
    "crimeLinkHops",
    "disruptionSteps",
    "keyPlayers",
  ] as const;
  for (const key of integers) {
    if (!Number.isInteger(scalars[key]) || (key !== "seed" && scalars[key] < 0)) {
      throw new Error(`${MODULE}: option "${key}" must be a whole number, got ${scalars[key]}`);
    }
  }
  if (!(scalars.resolution > 0)) throw new Error(`${MODULE}: option "resolution" must be positive`);
  if (!(scalars.pagerankAlpha > 0 && scalars.pagerankAlpha < 1)) {
    throw new Error(`${MODULE}: option "pagerankAlpha" must be in (0, 1)`);
  }
  return {
    ...scalars,
    network: resolvePersonNetworkOptions(options.network),
    money: resolveMoneyOptions(options.money),
    targets: resolveTargetOptions(options.targets),
    onStage: options.onStage,
  };
}
