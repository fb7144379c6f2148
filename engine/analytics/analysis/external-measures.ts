/**
 * Communities and centralities computed outside this process (Graph Data
 * Science in Neo4j, engine/store/neo4j/gds.ts) brought to the in-process
 * engine's conventions, so that the rest of the analysis (crime overlaps,
 * money, targets, disruption) runs on them unchanged: communities numbered
 * largest first, PageRank summing to 1, betweenness normalised by the pairs
 * not involving the node.
 */
import type { CommunityResult } from "../communities/index.ts";
import { modularity } from "../communities/index.ts";
import type { Csr } from "../csr.ts";

/** In the person network's node order. */
export interface ExternalMeasures {
  /** What computed them, recorded in the Analysis's parameters. */
  engine: "gds";
  /** Any labels: one per node. */
  communities: ArrayLike<number>;
  /** Any scale: scaled to sum 1. */
  pagerank: Float64Array;
  /** Unnormalised, each unordered pair counted once (Brandes; GDS's scale); null: computed here. */
  betweenness: Float64Array | null;
}

export function externalCommunities(
  csr: Csr,
  labels: ArrayLike<number>,
  resolution: number,
): CommunityResult {
  const sizes = new Map<number, number>();
  const first = new Map<number, number>();
  for (let v = 0; v < csr.nodeCount; v++) {
    const label = labels[v]!;
    sizes.set(label, (sizes.get(label) ?? 0) + 1);
    if (!first.has(label)) first.set(label, v);
  }
  // Largest first, ties by the first node that carries the label, as louvain.ts numbers them.
  const order = [...sizes.keys()].sort(
    (a, b) => sizes.get(b)! - sizes.get(a)! || first.get(a)! - first.get(b)!,
  );
  const number = new Map(order.map((label, index) => [label, index]));
  const communities = Int32Array.from({ length: csr.nodeCount }, (_, v) => number.get(labels[v]!)!);
  return {
    communities,
    count: order.length,
    modularity: modularity(csr, communities, { resolution }),
    levels: 0,
    iterations: 0,
  };
}

export function scaledPagerank(values: Float64Array): Float64Array {
  const total = values.reduce((sum, value) => sum + value, 0);
  return total > 0 ? values.map((value) => value / total) : values;
}

export function normalisedBetweenness(raw: Float64Array): Float64Array {
  const n = raw.length;
  const pairs = ((n - 1) * (n - 2)) / 2;
  return raw.map((value) => (pairs > 0 ? value / pairs : 0));
}
