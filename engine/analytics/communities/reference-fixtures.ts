/**
 * Test helper: real criminal networks from fixtures/reference/ with the
 * modularity that networkx and igraph Louvain reached on them
 * (fixtures/reference/<set>/SOURCE.md).
 */
import { readFileSync } from "node:fs";
import { csrFromEdges } from "../csr.ts";
import type { Csr, WeightedEdge } from "../csr.ts";

const root = new URL("../../../fixtures/reference/", import.meta.url);

interface LouvainRecord {
  networkx_louvain_modularity_min_max: [number, number];
  igraph_multilevel_modularity_min_max: [number, number];
  networkx_louvain_seed42: { modularity: number; membership: Record<string, number> };
}

export interface CommunityReference {
  name: string;
  weighted: boolean;
  csr: Csr;
  /** The lower of the two libraries' worst modularity over seeds 0–9. */
  minimum: number;
  /** networkx's seed-42 partition, as a label per node index, and its modularity. */
  seed42: { labels: Int32Array; modularity: number };
}

const SETS: [name: string, edges: string, reference: string][] = [
  ["karate", "karate/karate_edges.csv", "karate/reference.json"],
  ["caviar", "caviar/caviar_full_edges_undirected.csv", "caviar/reference.json"],
  [
    "montagna meetings",
    "montagna/montagna_meetings_edges_undirected_summed.csv",
    "montagna/meetings-reference.json",
  ],
  [
    "montagna phone calls",
    "montagna/montagna_phonecalls_edges_undirected_summed.csv",
    "montagna/phonecalls-reference.json",
  ],
  ["ht_mexico", "ht_mexico/ht_mexico_edges.csv", "ht_mexico/reference.json"],
  ...[
    "cocaine_juanes",
    "cocaine_mambo",
    "french_connection",
    "london_gang",
    "montreal_gang",
    "natarajan_heroin_nyc",
    "oversize_ndrangheta",
  ].map((set): [string, string, string] => [
    set,
    `covert/${set}_edges_undirected.csv`,
    `covert/${set}-reference.json`,
  ]),
  ["noordin", "covert/noordin_onemode_union_edges_undirected.csv", "covert/noordin-reference.json"],
];

/** Every set, unweighted and (where the data has weights) weighted. */
export function loadCommunityReferences(): CommunityReference[] {
  return SETS.flatMap(([name, edgesFile, referenceFile]) => {
    const reference = JSON.parse(readFileSync(new URL(referenceFile, root), "utf8")) as Record<
      string,
      LouvainRecord | undefined
    >;
    const edges = readEdgeList(new URL(edgesFile, root));
    return [false, true].flatMap((weighted) => {
      const record = reference[weighted ? "louvain_weighted" : "louvain_unweighted"];
      if (!record) return [];
      const csr = csrFromEdges(
        weighted ? edges : edges.map(({ source, target }) => ({ source, target })),
      );
      const seed42 = record.networkx_louvain_seed42;
      return [
        {
          name: `${name}${weighted ? " (weighted)" : ""}`,
          weighted,
          csr,
          minimum: Math.min(
            record.networkx_louvain_modularity_min_max[0],
            record.igraph_multilevel_modularity_min_max[0],
          ),
          seed42: {
            labels: Int32Array.from(csr.ids, (id) => {
              const label = seed42.membership[id];
              if (label === undefined) throw new Error(`${name}: no seed-42 label for ${id}`);
              return label;
            }),
            modularity: seed42.modularity,
          },
        },
      ];
    });
  });
}

function readEdgeList(url: URL): WeightedEdge[] {
  const [header, ...rows] = readFileSync(url, "utf8").trim().split(/\r?\n/);
  const weighted = header!.split(",").includes("weight");
  return rows.map((row) => {
    const [source, target, weight] = row.split(",");
    return { source: source!, target: target!, ...(weighted ? { weight: Number(weight) } : {}) };
  });
}
