/**
 * Single-source shortest paths with path counting, the forward phase of
 * Brandes' betweenness (U. Brandes, "A faster algorithm for betweenness
 * centrality", J. Math. Sociology 25(2):163–177, 2001), shared with closeness.
 *
 * Unweighted: breadth-first search. Weighted: Dijkstra with an indexed binary
 * heap, the length of a tie being 1/weight (a heavier tie is a shorter,
 * stronger link), the convention of the reference values in shared/datasets.
 * Path counts follow networkx: two paths are equally short when their summed
 * lengths are equal as floating-point numbers.
 *
 * One instance owns all its typed arrays and is reused for every source, so a
 * run over all sources allocates nothing per source; only the nodes reached
 * by the previous run are reset.
 */
import type { Csr } from "../csr.ts";
import { IndexedMinHeap } from "./indexed-heap.ts";

export class ShortestPaths {
  /** Reached nodes in the order they were settled (non-decreasing distance); the first `reached` are valid. */
  readonly order: Uint32Array;
  reached = 0;
  /** Distance from the last source; Infinity when unreached. */
  readonly distance: Float64Array;
  /** Number of shortest paths from the last source (a float, as counts overflow integers on big graphs). */
  readonly sigma: Float64Array;
  /** Length of each half-edge (1/weight) when weighted, null for hop counts. */
  readonly edgeLength: Float64Array | null;
  private readonly heap: IndexedMinHeap | null;
  private readonly settled: Uint8Array | null;

  constructor(
    readonly csr: Csr,
    weighted: boolean,
  ) {
    const n = csr.nodeCount;
    this.order = new Uint32Array(n);
    this.distance = new Float64Array(n).fill(Infinity);
    this.sigma = new Float64Array(n);
    if (weighted) {
      this.edgeLength = csr.weights.map((weight) => 1 / weight);
      this.heap = new IndexedMinHeap(n, this.distance);
      this.settled = new Uint8Array(n);
    } else {
      this.edgeLength = null;
      this.heap = null;
      this.settled = null;
    }
  }

  /** Computes distances and path counts from `source`; returns the number of nodes reached. */
  run(source: number): number {
    this.reset();
    this.distance[source] = 0;
    this.sigma[source] = 1;
    if (this.edgeLength === null) this.breadthFirst(source);
    else this.dijkstra(source, this.edgeLength);
    return this.reached;
  }

  private reset(): void {
    const { order, distance, sigma, settled } = this;
    for (let i = 0; i < this.reached; i++) {
      const v = order[i]!;
      distance[v] = Infinity;
      sigma[v] = 0;
      if (settled !== null) settled[v] = 0;
    }
    this.reached = 0;
  }

  private breadthFirst(source: number): void {
    const { offsets, targets } = this.csr;
    const { order, distance, sigma } = this;
    // `order` doubles as the BFS queue: nodes are settled in the order they are enqueued.
    order[0] = source;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = order[head]!;
      const next = distance[v]! + 1;
      const sigmaV = sigma[v]!;
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = targets[k]!;
        const d = distance[w]!;
        if (d === Infinity) {
          distance[w] = next;
          sigma[w] = sigmaV;
          order[tail++] = w;
        } else if (d === next) {
          sigma[w]! += sigmaV;
        }
      }
    }
    this.reached = tail;
  }

  private dijkstra(source: number, edgeLength: Float64Array): void {
    const { offsets, targets } = this.csr;
    const { order, distance, sigma } = this;
    const heap = this.heap!;
    const settled = this.settled!;
    heap.pushOrDecrease(source);
    let count = 0;
    while (!heap.isEmpty) {
      const v = heap.pop();
      settled[v] = 1;
      order[count++] = v;
      const distanceV = distance[v]!;
      const sigmaV = sigma[v]!;
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = targets[k]!;
        if (settled[w] === 1) continue;
        const through = distanceV + edgeLength[k]!;
        const d = distance[w]!;
        if (through < d) {
          distance[w] = through;
          sigma[w] = sigmaV;
          heap.pushOrDecrease(w);
        } else if (through === d) {
          sigma[w]! += sigmaV;
        }
      }
    }
    this.reached = count;
  }
}
