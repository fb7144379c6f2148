/**
 * A directed network as two CSR indexes (csr.ts) over the same nodes: `out`
 * holds each node's arcs to the nodes it calls or pays, `in` the arcs from
 * the nodes that call or pay it. Both are plain `Csr` objects, so an analytic
 * written for the undirected index (shortest paths, the PageRank iteration,
 * the induced sub-index of the disruption module) runs on either direction.
 *
 * Arcs are simple: parallel arcs are merged (their weights summed) and
 * self-loops dropped, as networkx's DiGraph and the reference values do.
 */
import { neighbourPosition, type Csr } from "../csr.ts";

export interface DirectedCsr {
  readonly nodeCount: number;
  readonly ids: readonly string[];
  /** Out-arcs: node i's targets, sorted; `out.edgeCount` is the number of arcs. */
  readonly out: Csr;
  /** In-arcs: node i's sources, sorted; parallel to `out` arc by arc through `inArc`. */
  readonly in: Csr;
  /** For each position of `in`, the position of the same arc in `out` (its arc index). */
  readonly inArc: Uint32Array;
  readonly arcCount: number;
}

/**
 * Builds both indexes from arcs sorted by (from, to) with no repeats, as a
 * tie table of arcs gives them; arc k becomes position k of `out`.
 */
export function directedCsrFromSortedArcs(
  ids: readonly string[],
  from: Uint32Array,
  to: Uint32Array,
  weight: Float64Array,
): DirectedCsr {
  const n = ids.length;
  const m = from.length;
  const outOffsets = new Uint32Array(n + 1);
  const inOffsets = new Uint32Array(n + 1);
  for (let k = 0; k < m; k++) {
    outOffsets[from[k]! + 1]!++;
    inOffsets[to[k]! + 1]!++;
  }
  for (let v = 0; v < n; v++) {
    outOffsets[v + 1]! += outOffsets[v]!;
    inOffsets[v + 1]! += inOffsets[v]!;
  }
  // Arcs come by increasing source, so every in-slice fills in sorted order.
  const cursor = inOffsets.slice(0, n);
  const inSources = new Uint32Array(m);
  const inWeights = new Float64Array(m);
  const inArc = new Uint32Array(m);
  for (let k = 0; k < m; k++) {
    const position = cursor[to[k]!]!++;
    inSources[position] = from[k]!;
    inWeights[position] = weight[k]!;
    inArc[position] = k;
  }
  return {
    nodeCount: n,
    ids,
    out: { nodeCount: n, ids, offsets: outOffsets, targets: to, weights: weight, edgeCount: m },
    in: {
      nodeCount: n,
      ids,
      offsets: inOffsets,
      targets: inSources,
      weights: inWeights,
      edgeCount: m,
    },
    inArc,
    arcCount: m,
  };
}

/** The directed index of out-arcs given as a plain index (an induced sub-index of `out`, say). */
export function directedCsrFromOut(out: Csr): DirectedCsr {
  const from = new Uint32Array(out.targets.length);
  for (let v = 0; v < out.nodeCount; v++) from.fill(v, out.offsets[v]!, out.offsets[v + 1]!);
  return directedCsrFromSortedArcs(out.ids, from, out.targets, out.weights);
}

/** Position of the arc from x to y in `out` (its arc index), or -1. */
export function arcBetween(csr: DirectedCsr, x: number, y: number): number {
  return neighbourPosition(csr.out, x, y);
}
