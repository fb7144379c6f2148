/**
 * Test helper: the real criminal networks in fixtures/reference/ with their
 * networkx/igraph reference values (fixtures/reference/<set>/SOURCE.md).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { csrFromEdges, type Csr, type WeightedEdge } from "../csr.ts";

const root = fileURLToPath(new URL("../../../fixtures/reference/", import.meta.url));

type PerNode = Record<string, number>;

export interface Reference {
  full: { degree: PerNode; betweenness_normalized: PerNode; pagerank: PerNode } & Partial<
    Record<"strength" | "pagerank_weighted", PerNode>
  >;
  betweenness_weighted_dist_1_over_w_top10?: [string, number][];
  freeman_closeness_centralization?: number;
}

export interface ReferenceSet {
  name: string;
  csr: Csr;
  reference: Reference;
  /** Reference values of one per-node table, in the order of the index. */
  perNode(table: PerNode): Float64Array;
}

export const REFERENCE_SETS = [
  { name: "karate", edges: "karate/karate_edges.csv", reference: "karate/reference.json" },
  {
    name: "caviar",
    edges: "caviar/caviar_full_edges_undirected.csv",
    reference: "caviar/reference.json",
  },
  {
    name: "montagna meetings",
    edges: "montagna/montagna_meetings_edges_undirected_summed.csv",
    reference: "montagna/meetings-reference.json",
  },
  {
    name: "montagna phone calls",
    edges: "montagna/montagna_phonecalls_edges_undirected_summed.csv",
    reference: "montagna/phonecalls-reference.json",
  },
  {
    name: "ht_mexico",
    edges: "ht_mexico/ht_mexico_edges.csv",
    reference: "ht_mexico/reference.json",
  },
] as const;

export function loadReferenceSet(set: (typeof REFERENCE_SETS)[number]): ReferenceSet {
  const reference = JSON.parse(readFileSync(root + set.reference, "utf8")) as Reference;
  // Every node of these sets has at least one tie (stats.isolates is 0), so the edge list has them all.
  const csr = csrFromEdges(readEdgeList(root + set.edges));
  return {
    name: set.name,
    csr,
    reference,
    perNode: (table) =>
      Float64Array.from(csr.ids, (id) => {
        const value = table[id];
        if (value === undefined) throw new Error(`reference for ${set.name} lacks node ${id}`);
        return value;
      }),
  };
}

function readEdgeList(path: string): WeightedEdge[] {
  const [header, ...rows] = readFileSync(path, "utf8").trim().split(/\r?\n/);
  const weighted = header!.split(",").includes("weight");
  return rows.map((row) => {
    const [source, target, weight] = row.split(",");
    return { source: source!, target: target!, ...(weighted ? { weight: Number(weight) } : {}) };
  });
}

/** Largest |a[i] - b[i]|, so a failing test names the size of the miss. */
export function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`length ${a.length} differs from ${b.length}`);
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}
