/**
 * Compressed sparse row (CSR) index of an undirected, weighted simple graph.
 *
 * The hot loops of every analytic run on this index rather than on graphology
 * objects: about 11 bytes per edge instead of about 370 (docs/PERFORMANCE.md).
 * Each undirected edge is stored twice, once from each end; parallel edges are
 * merged by summing their weights and self-loops are dropped, which is the
 * convention of the reference values in shared/datasets.
 */
import type Graph from "graphology";
import type { Attributes } from "graphology-types";

export interface Csr {
  /** Number of nodes; node indices run from 0 to nodeCount - 1. */
  readonly nodeCount: number;
  /** Node key of each index, in the order the nodes were first seen. */
  readonly ids: readonly string[];
  /** Neighbours of node i are targets[offsets[i] .. offsets[i + 1]). Length nodeCount + 1. */
  readonly offsets: Uint32Array;
  /** Neighbour indices, sorted ascending within each node's slice. */
  readonly targets: Uint32Array;
  /** Weight of each stored half-edge, parallel to targets. */
  readonly weights: Float64Array;
  /** Number of undirected edges (each stored twice). */
  readonly edgeCount: number;
}

export type EdgeWeightGetter<A extends Attributes = Attributes> =
  string | ((edge: string, attributes: A) => number) | null;

export interface CsrFromGraphOptions<A extends Attributes = Attributes> {
  /** Attribute name or function giving an edge's weight; null for unit weights. */
  getEdgeWeight?: EdgeWeightGetter<A>;
  /** Only nodes for which this returns true are indexed (and edges between them). */
  nodeFilter?: (node: string, attributes: Attributes) => boolean;
}

export const CSR_FROM_GRAPH_DEFAULTS = { getEdgeWeight: "weight" } as const;

/** One undirected weighted edge of an edge list, by node key. */
export interface WeightedEdge {
  source: string;
  target: string;
  weight?: number;
}

/**
 * Builds the index from an edge list. Nodes get indices in order of first
 * appearance, after any `nodes` given up front (so isolated nodes are kept).
 */
export function csrFromEdges(edges: Iterable<WeightedEdge>, nodes: Iterable<string> = []): Csr {
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  const intern = (key: string): number => {
    let index = indexOf.get(key);
    if (index === undefined) {
      index = ids.length;
      indexOf.set(key, index);
      ids.push(key);
    }
    return index;
  };
  for (const node of nodes) intern(node);
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  for (const edge of edges) {
    const s = intern(edge.source);
    const t = intern(edge.target);
    if (s === t) continue;
    const weight = edge.weight ?? 1;
    if (!Number.isFinite(weight) || weight <= 0) {
      throw new Error(
        `csr: edge ${edge.source}-${edge.target} has weight ${weight}; weights must be positive`,
      );
    }
    sources.push(s);
    targets.push(t);
    weights.push(weight);
  }
  return buildCsr(
    ids,
    Uint32Array.from(sources),
    Uint32Array.from(targets),
    Float64Array.from(weights),
  );
}

/** Builds the index from a graphology graph, treating every edge as undirected. */
export function csrFromGraph<A extends Attributes = Attributes>(
  graph: Graph,
  options: CsrFromGraphOptions<A> = {},
): Csr {
  const getEdgeWeight =
    options.getEdgeWeight === undefined
      ? CSR_FROM_GRAPH_DEFAULTS.getEdgeWeight
      : options.getEdgeWeight;
  const weightOf = edgeWeightReader<A>(getEdgeWeight);
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  graph.forEachNode((node, attributes) => {
    if (options.nodeFilter && !options.nodeFilter(node, attributes)) return;
    indexOf.set(node, ids.length);
    ids.push(node);
  });
  const sources = new Uint32Array(graph.size);
  const targets = new Uint32Array(graph.size);
  const weights = new Float64Array(graph.size);
  let count = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    const s = indexOf.get(source);
    const t = indexOf.get(target);
    if (s === undefined || t === undefined || s === t) return;
    const weight = weightOf(edge, attributes as A);
    if (!Number.isFinite(weight) || weight <= 0) {
      throw new Error(`csr: edge ${edge} has weight ${weight}; weights must be positive`);
    }
    sources[count] = s;
    targets[count] = t;
    weights[count] = weight;
    count++;
  });
  return buildCsr(
    ids,
    sources.subarray(0, count),
    targets.subarray(0, count),
    weights.subarray(0, count),
  );
}

function edgeWeightReader<A extends Attributes>(
  getter: EdgeWeightGetter<A>,
): (edge: string, attributes: A) => number {
  if (getter === null) return () => 1;
  if (typeof getter === "function") return getter;
  return (_edge, attributes) => {
    const value = attributes[getter] as unknown;
    return typeof value === "number" ? value : 1;
  };
}

/** Sorts half-edges by (source, target) with counting sort, then merges parallel ones. */
function buildCsr(
  ids: string[],
  sources: Uint32Array,
  targets: Uint32Array,
  weights: Float64Array,
): Csr {
  const n = ids.length;
  const half = sources.length * 2;
  const degree = new Uint32Array(n + 1);
  for (let e = 0; e < sources.length; e++) {
    degree[sources[e]! + 1]!++;
    degree[targets[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) degree[i + 1]! += degree[i]!;
  const cursor = degree.slice(0, n);
  const rawTargets = new Uint32Array(half);
  const rawWeights = new Float64Array(half);
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e]!;
    const t = targets[e]!;
    const w = weights[e]!;
    rawTargets[cursor[s]!] = t;
    rawWeights[cursor[s]!++] = w;
    rawTargets[cursor[t]!] = s;
    rawWeights[cursor[t]!++] = w;
  }
  const offsets = new Uint32Array(n + 1);
  const outTargets = new Uint32Array(half);
  const outWeights = new Float64Array(half);
  let written = 0;
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    offsets[i] = written;
    const start = degree[i]!;
    const end = degree[i + 1]!;
    order.length = 0;
    for (let k = start; k < end; k++) order.push(k);
    order.sort((a, b) => rawTargets[a]! - rawTargets[b]!);
    let previous = -1;
    for (const k of order) {
      const t = rawTargets[k]!;
      if (t === previous) {
        outWeights[written - 1]! += rawWeights[k]!;
      } else {
        outTargets[written] = t;
        outWeights[written] = rawWeights[k]!;
        written++;
        previous = t;
      }
    }
  }
  offsets[n] = written;
  return {
    nodeCount: n,
    ids,
    offsets,
    targets: outTargets.slice(0, written),
    weights: outWeights.slice(0, written),
    edgeCount: written / 2,
  };
}

/** Sum of the weights of node i's edges. */
export function weightedDegree(csr: Csr, i: number): number {
  let sum = 0;
  for (let k = csr.offsets[i]!; k < csr.offsets[i + 1]!; k++) sum += csr.weights[k]!;
  return sum;
}

/** Position of y in node x's sorted slice of the index, or -1: a binary search. */
export function neighbourPosition(csr: Csr, x: number, y: number): number {
  const { offsets, targets } = csr;
  let low = offsets[x]!;
  let high = offsets[x + 1]!;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (targets[middle]! < y) low = middle + 1;
    else high = middle;
  }
  return low < offsets[x + 1]! && targets[low] === y ? low : -1;
}
