/**
 * Connectivity of communities. Louvain can leave a community internally
 * disconnected (Traag, Waltman & van Eck 2019, section 2); splitting such a
 * community into its connected parts never lowers modularity, because parts
 * with no edge between them only add the penalty term of their product.
 */
import type { Csr } from "../csr.ts";
import { checkLabels } from "./labels.ts";

/**
 * Labels each node with its connected part within its community: a part is a
 * maximal set of same-community nodes joined by edges inside the community.
 * Parts are numbered in order of their smallest node index.
 */
export function communityParts(
  csr: Csr,
  communities: ArrayLike<number>,
): { parts: Int32Array; count: number } {
  checkLabels(communities, csr.nodeCount, "communities");
  const n = csr.nodeCount;
  const parts = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (parts[root] !== -1) continue;
    const community = communities[root]!;
    parts[root] = count;
    let top = 0;
    stack[top++] = root;
    while (top > 0) {
      const i = stack[--top]!;
      for (let e = csr.offsets[i]!; e < csr.offsets[i + 1]!; e++) {
        const j = csr.targets[e]!;
        if (parts[j] === -1 && communities[j] === community) {
          parts[j] = count;
          stack[top++] = j;
        }
      }
    }
    count++;
  }
  return { parts, count };
}

/** Communities (labels) made of more than one connected part, in ascending order. */
export function disconnectedCommunities(csr: Csr, communities: ArrayLike<number>): number[] {
  const { parts } = communityParts(csr, communities);
  const firstPart = new Map<number, number>();
  const disconnected = new Set<number>();
  for (let i = 0; i < csr.nodeCount; i++) {
    const community = communities[i]!;
    const part = firstPart.get(community);
    if (part === undefined) firstPart.set(community, parts[i]!);
    else if (part !== parts[i]) disconnected.add(community);
  }
  return [...disconnected].sort((a, b) => a - b);
}
