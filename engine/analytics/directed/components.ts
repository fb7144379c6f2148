/**
 * Strongly and weakly connected components of a directed network, restricted
 * to the nodes still standing (`alive`), in the shape of the undirected
 * components (disruption/components.ts) so that fragmentation and the
 * disruption report read them alike.
 *
 * Strong: Tarjan's algorithm (R. Tarjan, "Depth-first search and linear graph
 * algorithms", SIAM J. Computing 1(2):146–160, 1972) with an explicit stack, so
 * a chain of a million calls does not overflow the call stack. Weak: breadth-
 * first search following arcs both ways. Component ids follow the lowest node
 * index in each component, as in the undirected case. O(n + m).
 */
import type { Components } from "../disruption/components.ts";
import type { DirectedCsr } from "./directed-csr.ts";

export function strongComponents(csr: DirectedCsr, alive?: Uint8Array): Components {
  const n = checkedSize(csr, alive);
  const { offsets, targets } = csr.out;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Uint32Array(n);
  const path = new Uint32Array(n);
  const cursor = new Uint32Array(n);
  const found = new Int32Array(n).fill(-1);
  let stackTop = 0;
  let visited = 0;
  let componentCount = 0;
  const enter = (v: number) => {
    order[v] = low[v] = visited++;
    cursor[v] = offsets[v]!;
    stack[stackTop++] = v;
    onStack[v] = 1;
  };
  for (let root = 0; root < n; root++) {
    if ((alive && alive[root] === 0) || order[root] !== -1) continue;
    let depth = 0;
    path[0] = root;
    enter(root);
    while (depth >= 0) {
      const v = path[depth]!;
      if (cursor[v]! < offsets[v + 1]!) {
        const w = targets[cursor[v]!++]!;
        if (alive && alive[w] === 0) continue;
        if (order[w] === -1) {
          enter(w);
          path[++depth] = w;
        } else if (onStack[w] === 1 && order[w]! < low[v]!) {
          low[v] = order[w]!;
        }
        continue;
      }
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack[--stackTop]!;
          onStack[w] = 0;
          found[w] = componentCount;
        } while (w !== v);
        componentCount++;
      }
      depth--;
      if (depth >= 0) {
        const parent = path[depth]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }
  return relabelled(found, componentCount);
}

export function weakComponents(csr: DirectedCsr, alive?: Uint8Array): Components {
  const n = checkedSize(csr, alive);
  const found = new Int32Array(n).fill(-1);
  const queue = new Uint32Array(n);
  let componentCount = 0;
  for (let root = 0; root < n; root++) {
    if ((alive && alive[root] === 0) || found[root] !== -1) continue;
    found[root] = componentCount;
    queue[0] = root;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      for (const side of [csr.out, csr.in]) {
        for (let k = side.offsets[v]!; k < side.offsets[v + 1]!; k++) {
          const w = side.targets[k]!;
          if (found[w] !== -1 || (alive && alive[w] === 0)) continue;
          found[w] = componentCount;
          queue[tail++] = w;
        }
      }
    }
    componentCount++;
  }
  return relabelled(found, componentCount);
}

function checkedSize(csr: DirectedCsr, alive: Uint8Array | undefined): number {
  if (alive && alive.length !== csr.nodeCount) {
    throw new Error(
      `directed/components: alive mask has length ${alive.length}, expected ${csr.nodeCount}`,
    );
  }
  return csr.nodeCount;
}

/** Renumbers components by their lowest node index and counts their sizes. */
function relabelled(found: Int32Array, count: number): Components {
  const newId = new Int32Array(count).fill(-1);
  const sizes = new Uint32Array(count);
  const componentOf = new Int32Array(found.length).fill(-1);
  let next = 0;
  let aliveCount = 0;
  let largest = 0;
  for (let v = 0; v < found.length; v++) {
    const old = found[v]!;
    if (old === -1) continue;
    if (newId[old] === -1) newId[old] = next++;
    const id = newId[old]!;
    componentOf[v] = id;
    aliveCount++;
    if (++sizes[id]! > largest) largest = sizes[id]!;
  }
  return { componentOf, sizes, count, largest, aliveCount };
}
