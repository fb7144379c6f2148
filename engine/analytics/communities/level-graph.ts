/**
 * The graph one level of Louvain/Leiden works on: the CSR index at the first
 * level, then the graph of communities of the level below (Blondel et al. 2008,
 * phase 2). Each aggregate node keeps the weight of the edges inside it as a
 * self-loop so that strengths, and hence modularity, are preserved exactly.
 */
import type { Csr } from "../csr.ts";

export interface LevelGraph {
  readonly nodeCount: number;
  /** Neighbours of node i are targets[offsets[i] .. offsets[i + 1]); no self-loops here. */
  readonly offsets: Uint32Array;
  readonly targets: Uint32Array;
  readonly weights: Float64Array;
  /** Weight inside node i, summed over ordered pairs (each inner edge counted twice). */
  readonly loops: Float64Array;
  /** Strength of node i: loops[i] plus the weights of its edges; sums to 2m. */
  readonly strength: Float64Array;
}

export function levelGraphFromCsr(csr: Csr): LevelGraph {
  const strength = new Float64Array(csr.nodeCount);
  for (let i = 0; i < csr.nodeCount; i++) {
    let sum = 0;
    for (let e = csr.offsets[i]!; e < csr.offsets[i + 1]!; e++) sum += csr.weights[e]!;
    strength[i] = sum;
  }
  return {
    nodeCount: csr.nodeCount,
    offsets: csr.offsets,
    targets: csr.targets,
    weights: csr.weights,
    loops: new Float64Array(csr.nodeCount),
    strength,
  };
}

/** Collapses each of the `count` groups of `labels` (dense, 0..count-1) into one node. */
export function aggregate(graph: LevelGraph, labels: Int32Array, count: number): LevelGraph {
  const n = graph.nodeCount;
  const start = new Uint32Array(count + 1);
  for (let i = 0; i < n; i++) start[labels[i]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const cursor = start.slice(0, count);
  const members = new Uint32Array(n);
  for (let i = 0; i < n; i++) members[cursor[labels[i]!]!++] = i;

  const offsets = new Uint32Array(count + 1);
  const targets = new Uint32Array(graph.targets.length);
  const weights = new Float64Array(graph.targets.length);
  const loops = new Float64Array(count);
  const strength = new Float64Array(count);
  const toGroup = new Float64Array(count);
  const touched = new Int32Array(count);
  let written = 0;
  for (let c = 0; c < count; c++) {
    offsets[c] = written;
    let touchedCount = 0;
    let loop = 0;
    let total = 0;
    for (let k = start[c]!; k < start[c + 1]!; k++) {
      const i = members[k]!;
      loop += graph.loops[i]!;
      total += graph.strength[i]!;
      for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) {
        const d = labels[graph.targets[e]!]!;
        const w = graph.weights[e]!;
        if (d === c) {
          loop += w;
        } else {
          if (toGroup[d] === 0) touched[touchedCount++] = d;
          toGroup[d]! += w;
        }
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t]!;
      targets[written] = d;
      weights[written++] = toGroup[d]!;
      toGroup[d] = 0;
    }
    loops[c] = loop;
    strength[c] = total;
  }
  offsets[count] = written;
  return {
    nodeCount: count,
    offsets,
    targets: targets.slice(0, written),
    weights: weights.slice(0, written),
    loops,
    strength,
  };
}
