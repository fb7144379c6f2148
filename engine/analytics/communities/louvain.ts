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
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";
import { span, type WorkProgress } from "../progress.ts";
import { createRng } from "../random.ts";
import { communityParts } from "./connected.ts";
import { labelsAt, renumberBySize, singletons } from "./labels.ts";
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

export const COMMUNITY_PARAMETERS: Parameters<Required<CommunityOptions>> = {
  seed: { type: "integer", default: 1, description: "seed of the node visiting order" },
  resolution: {
    type: "number",
    default: 1,
    above: 0,
    description:
      "modularity resolution γ: above 1 more, smaller communities; below 1 fewer, larger",
  },
  maxRounds: { type: "integer", default: 2, min: 1, description: "most refinement passes" },
  maxLevels: {
    type: "integer",
    default: 32,
    min: 1,
    description: "most aggregation levels per pass",
  },
  maxIterations: {
    type: "integer",
    default: 64,
    min: 1,
    description: "most local-moving sweeps per level",
  },
  tolerance: {
    type: "number",
    default: 1e-7,
    min: 0,
    description: "a level stops when a sweep gains less modularity than this",
  },
  refine: { type: "boolean", default: true, description: "Leiden refinement before aggregation" },
};
export const COMMUNITY_DEFAULTS = defaultsOf(COMMUNITY_PARAMETERS);

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

/** `progress`: the passes' levels and sweeps as they run (progress.ts). */
export function louvain(
  csr: Csr,
  options: CommunityOptions = {},
  progress?: WorkProgress,
): CommunityResult {
  const settings = resolveOptions("louvain", COMMUNITY_PARAMETERS, options);
  const levelGraph = levelGraphFromCsr(csr);
  progress?.(0.01, 1);
  const { graph: base, position } = localityOrdered(levelGraph);
  progress?.(0.02, 1);
  let totalWeight = 0;
  for (let i = 0; i < base.nodeCount; i++) totalWeight += base.strength[i]!;
  const passSettings = { ...settings, totalWeight, rng: createRng(settings.seed) };

  // Communities by index of `base`; atBase maps them back to the node indices of `csr`.
  let found = singletons(csr.nodeCount);
  const atBase = (labels: Int32Array): Int32Array => labelsAt(labels, position);
  let quality = modularity(csr, atBase(found), { resolution: settings.resolution });
  let levels = 0;
  let iterations = 0;
  for (let round = 0; totalWeight > 0 && round < settings.maxRounds; round++) {
    const pass = multilevelPass(
      base,
      found,
      passSettings,
      span(
        progress,
        0.02 + (0.98 * round) / settings.maxRounds,
        0.02 + (0.98 * (round + 1)) / settings.maxRounds,
      ),
    );
    levels += pass.levels;
    iterations += pass.iterations;
    const passQuality = modularity(csr, atBase(pass.membership), {
      resolution: settings.resolution,
    });
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
    modularity: modularity(csr, parts, { resolution: settings.resolution }),
    levels,
    iterations,
  };
}
