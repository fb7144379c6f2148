/**
 * A copy of a CSR index with the nodes of each group (a community) numbered
 * consecutively, for memory locality: a shortest-path search then touches
 * neighbouring entries of its arrays instead of scattered ones, which made
 * sampled betweenness about 1.3 times faster on a 1M-link world.
 *
 * Each neighbour slice keeps its original order (renumbered, hence no longer
 * ascending), so a search visits the same nodes in the same sequence and
 * every floating-point sum comes out bit for bit as on the original index.
 */
import type { Csr } from "../csr.ts";

export interface RelabelledCsr {
  csr: Csr;
  /** New index of each original node. */
  position: Uint32Array;
}

export function relabelByGroup(csr: Csr, groups: Int32Array): RelabelledCsr {
  const n = csr.nodeCount;
  if (groups.length !== n) {
    throw new Error(`centrality/relabel: ${groups.length} groups for ${n} nodes`);
  }
  const order = Array.from({ length: n }, (_, v) => v).sort(
    (a, b) => groups[a]! - groups[b]! || a - b,
  );
  const position = new Uint32Array(n);
  for (let i = 0; i < n; i++) position[order[i]!] = i;
  const offsets = new Uint32Array(n + 1);
  const targets = new Uint32Array(csr.targets.length);
  const weights = new Float64Array(csr.weights.length);
  let written = 0;
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    offsets[i] = written;
    for (let k = csr.offsets[v]!, end = csr.offsets[v + 1]!; k < end; k++, written++) {
      targets[written] = position[csr.targets[k]!]!;
      weights[written] = csr.weights[k]!;
    }
  }
  offsets[n] = written;
  const ids = order.map((v) => csr.ids[v]!);
  return {
    csr: { nodeCount: n, ids, offsets, targets, weights, edgeCount: csr.edgeCount },
    position,
  };
}
