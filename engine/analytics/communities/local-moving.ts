/**
 * Local moving phase of Louvain (Blondel, Guillaume, Lambiotte & Lefebvre 2008,
 * "Fast unfolding of communities in large networks", J. Stat. Mech. P10008):
 * each node in turn joins the neighbouring community with the largest
 * modularity gain. As in Leiden's fast local move (Traag, Waltman & van Eck
 * 2019), a node is only revisited after one of its neighbours changed
 * community, so late sweeps touch only the few nodes still in play.
 */
import { EVERY, halving, type WorkProgress } from "../progress.ts";
import type { Rng } from "../random.ts";
import type { LevelGraph } from "./level-graph.ts";
import { visitOrder } from "./visit-order.ts";

export interface MoveSettings {
  resolution: number;
  /** 2m: the sum of all strengths of the original graph. */
  totalWeight: number;
  /** Stop when a sweep gains less modularity than this. */
  tolerance: number;
  /** At most this many sweeps. */
  maxIterations: number;
  rng: Rng;
}

/**
 * Improves `membership` (labels are node indices of `graph`) in place.
 * Returns the number of sweeps made and the modularity gained.
 */
export function moveNodes(
  graph: LevelGraph,
  membership: Int32Array,
  settings: MoveSettings,
  progress?: WorkProgress,
): { iterations: number; gain: number } {
  // Sweeps touch fewer nodes each time (only those whose neighbours moved).
  const sweep = halving(progress);
  const n = graph.nodeCount;
  const { offsets, targets, weights, strength } = graph;
  const scale = settings.resolution / settings.totalWeight;
  const communityStrength = new Float64Array(n);
  for (let i = 0; i < n; i++) communityStrength[membership[i]!]! += strength[i]!;
  const toCommunity = new Float64Array(n);
  const touched = new Int32Array(n);
  // Community of each neighbour of the node in hand, so waking neighbours after a move reads no membership again.
  const neighbourCommunity = new Int32Array(maxDegree(offsets, n));
  const active = new Uint8Array(n).fill(1);
  const order = visitOrder(n, settings.rng);

  let iterations = 0;
  let totalGain = 0;
  while (iterations < settings.maxIterations) {
    const sweepProgress = sweep(iterations);
    iterations++;
    let sweepGain = 0;
    let moved = 0;
    for (let position = 0; position < n; position++) {
      if ((position & EVERY) === 0) sweepProgress(position, n);
      const i = order[position]!;
      if (active[i] === 0) continue;
      active[i] = 0;
      const own = membership[i]!;
      const ki = strength[i]!;
      let touchedCount = 0;
      const first = offsets[i]!;
      const end = offsets[i + 1]!;
      for (let e = first; e < end; e++) {
        const c = membership[targets[e]!]!;
        neighbourCommunity[e - first] = c;
        if (toCommunity[c] === 0) touched[touchedCount++] = c;
        toCommunity[c]! += weights[e]!;
      }
      communityStrength[own]! -= ki;
      // Gains are relative to i standing alone; staying wins ties, so no move cycles on equal gains.
      const stayGain = toCommunity[own]! - ki * communityStrength[own]! * scale;
      let best = own;
      let bestGain = stayGain;
      for (let t = 0; t < touchedCount; t++) {
        const c = touched[t]!;
        const gain = toCommunity[c]! - ki * communityStrength[c]! * scale;
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
        toCommunity[c] = 0;
      }
      communityStrength[best]! += ki;
      if (best !== own) {
        membership[i] = best;
        moved++;
        sweepGain += bestGain - stayGain;
        for (let e = first; e < end; e++) {
          if (neighbourCommunity[e - first] !== best) active[targets[e]!] = 1;
        }
      }
    }
    // A move's modularity gain is 2 (gain_new - gain_old) / 2m.
    const sweepModularityGain = (2 * sweepGain) / settings.totalWeight;
    totalGain += sweepModularityGain;
    if (moved === 0 || sweepModularityGain < settings.tolerance) break;
  }
  return { iterations, gain: totalGain };
}

function maxDegree(offsets: Uint32Array, n: number): number {
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, offsets[i + 1]! - offsets[i]!);
  return max;
}
