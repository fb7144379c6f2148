/**
 * Connected components of the part of a network that is still standing, and
 * Borgatti's fragmentation of it.
 *
 * Components are found by breadth-first search over the CSR index with an
 * explicit queue (no recursion, so a million-edge chain does not overflow the
 * stack), skipping removed nodes.
 *
 * Fragmentation: S. P. Borgatti, "Identifying sets of key players in a social
 * network", Computational and Mathematical Organization Theory 12:21–34 (2006),
 * eq. 4: F = 1 − Σ_k s_k (s_k − 1) / (n (n − 1)), the share of ordered pairs of
 * nodes that can no longer reach each other.
 */
import type { Csr } from "../csr.ts";

/** Connected components of the alive nodes. */
export interface Components {
  /** Component id of each node, -1 for removed nodes. Ids follow the lowest node index in each component. */
  readonly componentOf: Int32Array;
  /** Number of nodes in each component, indexed by component id. */
  readonly sizes: Uint32Array;
  /** Number of components among the alive nodes; an alive isolate is a component of its own. */
  readonly count: number;
  /** Size of the largest component (0 when no node is alive). */
  readonly largest: number;
  /** Number of alive nodes: the n of the fragmentation. */
  readonly aliveCount: number;
}

/**
 * Connected components of `csr` restricted to the nodes with `alive[i] !== 0`
 * (every node when `alive` is omitted). O(n + m).
 *
 * @example
 *   const { count, largest } = connectedComponents(csr, alive);
 */
export function connectedComponents(csr: Csr, alive?: Uint8Array): Components {
  const n = csr.nodeCount;
  if (alive && alive.length !== n) {
    throw new Error(`disruption/components: alive mask has length ${alive.length}, expected ${n}`);
  }
  const { offsets, targets } = csr;
  const componentOf = new Int32Array(n).fill(-1);
  const queue = new Uint32Array(n);
  const sizes: number[] = [];
  let aliveCount = 0;
  let largest = 0;
  for (let root = 0; root < n; root++) {
    if ((alive && alive[root] === 0) || componentOf[root] !== -1) continue;
    const id = sizes.length;
    componentOf[root] = id;
    queue[0] = root;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = targets[k]!;
        if (componentOf[w] !== -1 || (alive && alive[w] === 0)) continue;
        componentOf[w] = id;
        queue[tail++] = w;
      }
    }
    sizes.push(tail);
    aliveCount += tail;
    if (tail > largest) largest = tail;
  }
  return { componentOf, sizes: Uint32Array.from(sizes), count: sizes.length, largest, aliveCount };
}

/**
 * Σ s (s − 1) over component sizes: the number of ordered pairs of distinct
 * nodes that can still reach each other. Exact in doubles up to about 9.4e7
 * nodes in one component.
 */
export function reachablePairs(sizes: ArrayLike<number>): number {
  let pairs = 0;
  for (let k = 0; k < sizes.length; k++) pairs += sizes[k]! * (sizes[k]! - 1);
  return pairs;
}

/**
 * Borgatti's fragmentation F = 1 − pairs / (n (n − 1)), where `pairs` is
 * {@link reachablePairs} and n the number of nodes still in the network (the
 * alive nodes, not the original node count, as in Borgatti's KPP-Neg where F
 * is measured on the graph with the key players removed). F is 0 for a
 * connected network and 1 when every node is an isolate; with fewer than two
 * nodes there are no pairs left to connect and F is taken as 1.
 */
export function fragmentationFromPairs(pairs: number, n: number): number {
  if (n < 2) return 1;
  return 1 - pairs / (n * (n - 1));
}

/**
 * Borgatti's fragmentation of a component structure, with n = its alive nodes.
 *
 * @example
 *   fragmentation(connectedComponents(csr, alive)); // 0 when connected, 1 when all isolates
 */
export function fragmentation(components: Components): number {
  return fragmentationFromPairs(reachablePairs(components.sizes), components.aliveCount);
}
