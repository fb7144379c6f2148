/**
 * One pass of the multilevel scheme of Louvain (Blondel et al. 2008) with the
 * refinement of Leiden (Traag, Waltman & van Eck 2019, Algorithm A.1): move
 * nodes, refine each community into connected sub-communities, collapse those
 * into the nodes of the next level, which start in the community they came
 * from; stop when a level merges nothing.
 */
import { halving, span, type WorkProgress } from "../progress.ts";
import type { Rng } from "../random.ts";
import { compactLabels, labelsAt, singletons } from "./labels.ts";
import type { LevelGraph } from "./level-graph.ts";
import { aggregate } from "./level-graph.ts";
import { moveNodes } from "./local-moving.ts";
import { refinePartition } from "./refine.ts";

export interface MultilevelSettings {
  resolution: number;
  /** 2m of the base graph. */
  totalWeight: number;
  tolerance: number;
  maxIterations: number;
  maxLevels: number;
  refine: boolean;
  rng: Rng;
}

/**
 * Improves `start` (a community per node of `base`, labels in 0..nodeCount-1)
 * and returns the new community of each node, with the levels and sweeps run.
 */
export function multilevelPass(
  base: LevelGraph,
  start: Int32Array,
  settings: MultilevelSettings,
  progress?: WorkProgress,
): { membership: Int32Array; levels: number; iterations: number } {
  // Levels shrink the graph, so each takes a smaller share than the one before.
  const level = halving(progress);
  let graph = base;
  let membership = Int32Array.from(start);
  // nodeAt[v]: the node of the current level that holds base node v.
  const nodeAt = singletons(base.nodeCount);
  let levels = 0;
  let iterations = 0;
  while (levels < settings.maxLevels) {
    const levelProgress = level(levels);
    iterations += moveNodes(graph, membership, settings, span(levelProgress, 0, 0.8)).iterations;
    levels++;
    const count = compactLabels(membership);
    if (count === graph.nodeCount || levels === settings.maxLevels) break;
    let groups: Int32Array = membership;
    let groupCount = count;
    if (settings.refine) {
      const refined = refinePartition(
        graph,
        membership,
        settings.resolution,
        settings.totalWeight,
        settings.rng,
      );
      const refinedCount = compactLabels(refined);
      // When no node merged, aggregating by the refinement would not shrink the graph.
      if (refinedCount < graph.nodeCount) {
        groups = refined;
        groupCount = refinedCount;
      }
    }
    const next = new Int32Array(groupCount);
    for (let i = 0; i < graph.nodeCount; i++) next[groups[i]!] = membership[i]!;
    for (let v = 0; v < nodeAt.length; v++) nodeAt[v] = groups[nodeAt[v]!]!;
    levelProgress(0.9, 1);
    graph = aggregate(graph, groups, groupCount);
    membership = next;
    levelProgress(1, 1);
  }
  return { membership: labelsAt(membership, nodeAt), levels, iterations };
}
