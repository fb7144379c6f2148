/**
 * Binary min-heap of node indices keyed by a shared distance array, with
 * decrease-key (Cormen et al., Introduction to Algorithms, ch. 6).
 *
 * Dijkstra keeps at most one entry per node this way, so the heap fits in two
 * typed arrays of nodeCount entries allocated once and reused for every
 * source, instead of a lazy heap that can grow to the number of edges.
 */
export class IndexedMinHeap {
  private readonly heap: Uint32Array;
  /** Position of each node in `heap`, or -1 when it is not in the heap. */
  private readonly position: Int32Array;
  private size = 0;

  constructor(
    nodeCount: number,
    private readonly key: Float64Array,
  ) {
    this.heap = new Uint32Array(nodeCount);
    this.position = new Int32Array(nodeCount).fill(-1);
  }

  get isEmpty(): boolean {
    return this.size === 0;
  }

  /** Inserts the node, or moves it up after its key was lowered. */
  pushOrDecrease(node: number): void {
    let at = this.position[node]!;
    if (at < 0) {
      at = this.size++;
      this.heap[at] = node;
      this.position[node] = at;
    }
    this.siftUp(at);
  }

  pop(): number {
    const top = this.heap[0]!;
    this.position[top] = -1;
    this.size--;
    if (this.size > 0) {
      const last = this.heap[this.size]!;
      this.heap[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(at: number): void {
    const node = this.heap[at]!;
    const nodeKey = this.key[node]!;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = this.heap[parentAt]!;
      if (this.key[parent]! <= nodeKey) break;
      this.heap[at] = parent;
      this.position[parent] = at;
      at = parentAt;
    }
    this.heap[at] = node;
    this.position[node] = at;
  }

  private siftDown(at: number): void {
    const node = this.heap[at]!;
    const nodeKey = this.key[node]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      const right = child + 1;
      if (right < this.size && this.key[this.heap[right]!]! < this.key[this.heap[child]!]!) {
        child = right;
      }
      const childNode = this.heap[child]!;
      if (this.key[childNode]! >= nodeKey) break;
      this.heap[at] = childNode;
      this.position[childNode] = at;
      at = child;
    }
    this.heap[at] = node;
    this.position[node] = at;
  }
}
