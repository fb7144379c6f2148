/**
 * Refinement phase of Leiden (Traag, Waltman & van Eck 2019, "From Louvain to
 * Leiden: guaranteeing well-connected communities", Sci. Rep. 9:5233,
 * Algorithm A.2 MergeNodesSubset). Inside each community of the local-moving
 * partition, nodes start alone and merge into neighbouring sub-communities, so
 * every sub-community is connected by construction; aggregating by these
 * instead of by the communities is what stops Louvain from keeping
 * disconnected communities. The paper picks among non-negative merges at
 * random with a temperature θ; this takes the θ → 0 limit, the best strictly
 * positive merge, with the seeded visiting order as the only randomness.
 */
import type { Rng } from "../random.ts";
import type { LevelGraph } from "./level-graph.ts";
import { singletons } from "./labels.ts";
import { visitOrder } from "./visit-order.ts";

/**
 * Returns sub-community labels (node indices of `graph`, not dense) that nest
 * inside `membership`, whose labels must also be node indices of `graph`.
 */
export function refinePartition(
  graph: LevelGraph,
  membership: Int32Array,
  resolution: number,
  totalWeight: number,
  rng: Rng,
): Int32Array {
  const n = graph.nodeCount;
  const { offsets, targets, weights, strength } = graph;
  const scale = resolution / totalWeight;
  const communityStrength = new Float64Array(n);
  for (let i = 0; i < n; i++) communityStrength[membership[i]!]! += strength[i]!;

  const refined = singletons(n);
  const size = new Uint32Array(n).fill(1);
  const refinedStrength = Float64Array.from(strength);
  // Weight from each sub-community to the rest of its community: E(C, S - C).
  const outward = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const own = membership[i]!;
    let sum = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      if (membership[targets[e]!] === own) sum += weights[e]!;
    }
    outward[i] = sum;
  }
  const wellConnected = (weight: number, part: number, whole: number): boolean =>
    weight >= part * (whole - part) * scale;

  const toSub = new Float64Array(n);
  const touched = new Int32Array(n);
  const order = visitOrder(n, rng);
  for (const i of order) {
    const own = membership[i]!;
    const whole = communityStrength[own]!;
    const ki = strength[i]!;
    if (size[refined[i]!]! !== 1 || !wellConnected(outward[i]!, ki, whole)) continue;
    let touchedCount = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const j = targets[e]!;
      if (membership[j] !== own) continue;
      const r = refined[j]!;
      if (toSub[r] === 0) touched[touchedCount++] = r;
      toSub[r]! += weights[e]!;
    }
    let best = -1;
    let bestGain = 0;
    for (let t = 0; t < touchedCount; t++) {
      const r = touched[t]!;
      const gain = toSub[r]! - ki * refinedStrength[r]! * scale;
      if (gain > bestGain && wellConnected(outward[r]!, refinedStrength[r]!, whole)) {
        bestGain = gain;
        best = r;
      }
    }
    if (best !== -1) {
      const alone = refined[i]!;
      size[alone] = 0;
      size[best]!++;
      refinedStrength[best]! += ki;
      outward[best]! += outward[i]! - 2 * toSub[best]!;
      refined[i] = best;
    }
    for (let t = 0; t < touchedCount; t++) toSub[touched[t]!] = 0;
  }
  return refined;
}
