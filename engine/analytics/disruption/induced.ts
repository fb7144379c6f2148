/**
 * The sub-index of the nodes still standing, so that an analytic written for a
 * whole network (betweenness, PageRank, a target score) can be rerun on what
 * is left after removals without knowing about removals.
 */
import type { Csr } from "../csr.ts";

/** A CSR index of the alive nodes and the way back to the original indices. */
export interface InducedCsr {
  /** Index of the alive nodes and the edges between them; nodes keep their relative order. */
  readonly csr: Csr;
  /** Original index of each node of `csr`. */
  readonly original: Uint32Array;
}

/**
 * Builds the subgraph induced by the nodes with `alive[i] !== 0`. Node i of the
 * result is the i-th alive node in the original order, so "lower index first"
 * tie rules give the same answer on the sub-index as on the original. O(n + m).
 *
 * @example
 *   const { csr: rest, original } = inducedCsr(csr, alive);
 *   const scores = pagerank(rest); // scores[i] belongs to csr.ids[original[i]]
 */
export function inducedCsr(csr: Csr, alive: Uint8Array): InducedCsr {
  const n = csr.nodeCount;
  if (alive.length !== n) {
    throw new Error(`disruption/induced: alive mask has length ${alive.length}, expected ${n}`);
  }
  const newIndex = new Int32Array(n).fill(-1);
  const originalList: number[] = [];
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    if (alive[i] === 0) continue;
    newIndex[i] = originalList.length;
    originalList.push(i);
    ids.push(csr.ids[i]!);
  }
  const original = Uint32Array.from(originalList);
  const count = original.length;
  const offsets = new Uint32Array(count + 1);
  let half = 0;
  for (let j = 0; j < count; j++) {
    const v = original[j]!;
    for (let k = csr.offsets[v]!; k < csr.offsets[v + 1]!; k++) {
      if (newIndex[csr.targets[k]!] !== -1) half++;
    }
  }
  const targets = new Uint32Array(half);
  const weights = new Float64Array(half);
  let written = 0;
  for (let j = 0; j < count; j++) {
    offsets[j] = written;
    const v = original[j]!;
    for (let k = csr.offsets[v]!; k < csr.offsets[v + 1]!; k++) {
      const w = newIndex[csr.targets[k]!]!;
      if (w === -1) continue;
      // The renumbering is increasing, so each slice stays sorted.
      targets[written] = w;
      weights[written++] = csr.weights[k]!;
    }
  }
  offsets[count] = written;
  return {
    csr: { nodeCount: count, ids, offsets, targets, weights, edgeCount: written / 2 },
    original,
  };
}
