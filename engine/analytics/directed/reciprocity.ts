/**
 * Reciprocity (networkx `overall_reciprocity` and `reciprocity`): the share
 * of arcs whose reverse arc exists too — how much of the calling and paying
 * goes both ways. Per node, 2 · |callers ∩ callees| / (in-degree + out-degree),
 * null for a node with no arc.
 */
import { neighbourPosition } from "../csr.ts";
import type { DirectedCsr } from "./directed-csr.ts";

export interface Reciprocity {
  /** Reciprocated arcs / arcs; 0 for a network without arcs. */
  overall: number;
  perNode: (number | null)[];
}

export function reciprocity(csr: DirectedCsr): Reciprocity {
  const { out } = csr;
  const mutual = new Uint32Array(csr.nodeCount);
  let reciprocated = 0;
  for (let v = 0; v < csr.nodeCount; v++) {
    for (let k = out.offsets[v]!; k < out.offsets[v + 1]!; k++) {
      if (neighbourPosition(out, out.targets[k]!, v) >= 0) {
        mutual[v]!++;
        reciprocated++;
      }
    }
  }
  const perNode = Array.from(mutual, (count, v) => {
    const arcs =
      out.offsets[v + 1]! - out.offsets[v]! + csr.in.offsets[v + 1]! - csr.in.offsets[v]!;
    return arcs === 0 ? null : (2 * count) / arcs;
  });
  return { overall: csr.arcCount === 0 ? 0 : reciprocated / csr.arcCount, perNode };
}
