/**
 * Community detection by modularity: Louvain (Blondel, Guillaume, Lambiotte &
 * Lefebvre 2008, "Fast unfolding of communities in large networks", J. Stat.
 * Mech. P10008) with the refinement of Leiden (Traag, Waltman & van Eck 2019,
 * "From Louvain to Leiden: guaranteeing well-connected communities", Sci. Rep.
 * 9:5233), on the typed-array CSR index.
 *
 * Each level moves nodes between communities (local-moving.ts), refines every
 * community into connected sub-communities (refine.ts) and collapses those into
 * the nodes of the next level (level-graph.ts), starting them in the community
 * they came from. It stops when a level merges nothing. A last pass splits any
 * community that is still disconnected into its connected parts, so every
 * community returned is connected whatever the options.
 *
 * Usage: `louvain(csrFromGraph(graph), { seed: 7 })`.
 * Output: one community per node index, numbered 0..count-1 by decreasing
 * size, ties by smallest node index; the modularity of that partition
 * (modularity.ts, at the given resolution); levels and local-moving sweeps run.
 */
import type { Csr } from "../csr.ts";
import { createRng } from "../random.ts";
import { communityParts } from "./connected.ts";
import { renumberBySize } from "./labels.ts";
import { levelGraphFromCsr } from "./level-graph.ts";
import { localityOrdered } from "./locality.ts";
import { modularity } from "./modularity.ts";
import { multilevelPass } from "./multilevel.ts";

export interface CommunityOptions {
  /** Seed of the node visiting order; the same seed gives the same partition. */
  seed?: number;
  /** γ of modularity: above 1 gives more, smaller communities; below 1 fewer, larger ones. */
  resolution?: number;
  /** At most this many passes, each refining the partition of the one before (Leiden's iterations). */
  maxRounds?: number;
  /** At most this many levels of aggregation per pass. */
  maxLevels?: number;
  /** At most this many local-moving sweeps per level. */
  maxIterations?: number;
  /** A level's local moving stops when a sweep gains less modularity than this. */
  tolerance?: number;
  /** Leiden refinement before each aggregation; false gives plain Louvain (still split into connected parts). */
  refine?: boolean;
}

export const DEFAULT_COMMUNITY_OPTIONS: Readonly<Required<CommunityOptions>> = {
  seed: 1,
  resolution: 1,
  maxRounds: 2,
  maxLevels: 32,
  maxIterations: 64,
  tolerance: 1e-7,
  refine: true,
};

export interface CommunityResult {
  /** Community of each node index, 0..count-1, largest community first. */
  communities: Int32Array;
  count: number;
  /** Modularity of `communities` at the requested resolution. */
  modularity: number;
  /** Levels run (local-moving phases). */
  levels: number;
  /** Local-moving sweeps summed over all levels. */
  iterations: number;
}

export function louvain(csr: Csr, options: CommunityOptions = {}): CommunityResult {
  const settings = resolveOptions(options);
  const { graph: base, position } = localityOrdered(levelGraphFromCsr(csr));
  let totalWeight = 0;
  for (let i = 0; i < base.nodeCount; i++) totalWeight += base.strength[i]!;
  const passSettings = { ...settings, totalWeight, rng: createRng(settings.seed) };

  // Communities by index of `base`; atBase maps them back to the node indices of `csr`.
  let found: Int32Array = Int32Array.from({ length: csr.nodeCount }, (_, i) => i);
  const atBase = (labels: Int32Array): Int32Array => position.map((p) => labels[p]!);
  let quality = modularity(csr, atBase(found), settings);
  let levels = 0;
  let iterations = 0;
  for (let round = 0; totalWeight > 0 && round < settings.maxRounds; round++) {
    const pass = multilevelPass(base, found, passSettings);
    levels += pass.levels;
    iterations += pass.iterations;
    const passQuality = modularity(csr, atBase(pass.membership), settings);
    if (passQuality < quality) break;
    found = pass.membership;
    if (passQuality - quality < settings.tolerance) break;
    quality = passQuality;
  }

  const { parts } = communityParts(csr, atBase(found));
  const count = renumberBySize(parts);
  return {
    communities: parts,
    count,
    modularity: modularity(csr, parts, settings),
    levels,
    iterations,
  };
}

function resolveOptions(options: CommunityOptions): Required<CommunityOptions> {
  const defaults = DEFAULT_COMMUNITY_OPTIONS;
  const settings = {
    seed: options.seed ?? defaults.seed,
    resolution: options.resolution ?? defaults.resolution,
    maxRounds: options.maxRounds ?? defaults.maxRounds,
    maxLevels: options.maxLevels ?? defaults.maxLevels,
    maxIterations: options.maxIterations ?? defaults.maxIterations,
    tolerance: options.tolerance ?? defaults.tolerance,
    refine: options.refine ?? defaults.refine,
  };
  if (!Number.isInteger(settings.seed)) {
    throw new Error(`louvain: seed must be an integer, got ${settings.seed}`);
  }
  if (!Number.isFinite(settings.resolution) || settings.resolution <= 0) {
    throw new Error(`louvain: resolution must be a positive number, got ${settings.resolution}`);
  }
  for (const key of ["maxRounds", "maxLevels", "maxIterations"] as const) {
    if (!Number.isInteger(settings[key]) || settings[key] < 1) {
      throw new Error(`louvain: ${key} must be an integer >= 1, got ${settings[key]}`);
    }
  }
  if (!Number.isFinite(settings.tolerance) || settings.tolerance < 0) {
    throw new Error(`louvain: tolerance must be a number >= 0, got ${settings.tolerance}`);
  }
  if (typeof settings.refine !== "boolean") {
    throw new Error(`louvain: refine must be a boolean, got ${String(settings.refine)}`);
  }
  return settings;
}
