/**
 * The Gephi exports of a generated world read back by readers nobody here
 * wrote: graphology's GEXF and GraphML parsers, and networkx and igraph
 * (Debian's /usr/bin/python3) for GraphML. The person network keeps one
 * weighted edge per tie with its kinds, counts, dates and marking, an integer
 * community and a target score for every person who may be a target; the
 * record multigraph keeps every record's id apart from the edge id.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph, UndirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { beforeAll, describe, expect, it } from "vitest";
import { generateWorld } from "../../../fixtures/generator/index.ts";
import {
  analyzeWithNetwork,
  tieEvidence,
  TIE_KINDS,
  type NetworkAnalysis,
} from "../../analytics/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { classificationRank, type Classification, type EntityGraph } from "../../model/index.ts";
import { flatGraph } from "./flat-graph.ts";
import { toGexf } from "./gexf.ts";
import { toGraphml } from "./graphml.ts";
import { personGraph, type PersonGraph } from "./person-graph.ts";

const PYTHON = "/usr/bin/python3";
const havePython =
  spawnSync(PYTHON, ["-c", "import networkx, igraph"], { encoding: "utf8" }).status === 0;

let graph: EntityGraph;
let analysed: NetworkAnalysis;
let people: PersonGraph;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "crosslink-gephi-"));
  const world = await generateWorld({ persons: 400, seed: 9, out: join(root, "world") });
  graph = toEntityGraph(await loadDataset(world.out));
  analysed = analyzeWithNetwork(graph);
  people = personGraph({ graph, ...analysed });
});

describe("the person network for Gephi", () => {
  it("reads back from GEXF and GraphML with one weighted edge per tie", () => {
    const ties = analysed.network.ties.a.length;
    expect(people.size).toBe(ties);
    for (const back of [
      parseGexf(UndirectedGraph, toGexf(people)),
      parseGraphml(UndirectedGraph, toGraphml(people)),
    ]) {
      expect(back.order).toBe(analysed.network.csr.ids.length);
      expect(back.size).toBe(ties);
      for (let t = 0; t < ties; t += 7) {
        const tie = tieEvidence(analysed.network, t);
        const edge = back.getEdgeAttributes(back.edge(tie.a, tie.b)!);
        expect(edge.weight).toBeCloseTo(tie.weight, 9);
        expect(edge.kinds).toBe(TIE_KINDS.filter((kind) => tie.kinds[kind]).join(";"));
        for (const kind of TIE_KINDS) expect(edge[kind]).toBe(tie.kinds[kind] ?? 0);
        expect(edge.records).toBe(tie.records.length);
        if (tie.first) expect([edge.first, edge.last]).toEqual([tie.first, tie.last]);
        // The highest classification of its evidence, never below any of its records.
        for (const record of tie.records) {
          expect(classificationRank(edge.classification as Classification)).toBeGreaterThanOrEqual(
            classificationRank(graph.getEdgeAttribute(record, "classification")),
          );
        }
      }
      const eligible = analysed.analysis.persons.filter((person) => person.score !== null);
      expect(eligible.length).toBeGreaterThan(analysed.analysis.targets.length);
      for (const person of analysed.analysis.persons) {
        const node = back.getNodeAttributes(person.id);
        expect(node.community).toBe(person.community);
        expect(Number.isInteger(node.community)).toBe(true);
        if (person.score === null) expect(node.target_score).toBeUndefined();
        else expect(node.target_score).toBeCloseTo(person.score, 9);
      }
    }
  });

  it.runIf(havePython)(
    "reads back in networkx and igraph with the same ties and weights",
    async () => {
      const file = join(root, "people.graphml");
      await writeFile(file, toGraphml(people));
      const total = people.reduceEdges(
        (sum, _edge, attributes) => sum + (attributes.weight as number),
        0,
      );
      const result = spawnSync(
        PYTHON,
        [
          "-c",
          `import sys, json, networkx, igraph
n = networkx.read_graphml(sys.argv[1])
g = igraph.Graph.Read_GraphML(sys.argv[1])
print(json.dumps({"nx": [n.number_of_nodes(), n.number_of_edges(), sum(w for _, _, w in n.edges(data="weight"))],
  "ig": [g.vcount(), g.ecount(), sum(g.es["weight"])], "directed": [n.is_directed(), g.is_directed()],
  "community": type(next(iter(n.nodes(data="community")))[1]).__name__}))`,
          file,
        ],
        { encoding: "utf8" },
      );
      expect(result.status, result.stderr).toBe(0);
      const read = JSON.parse(result.stdout) as Record<string, [number, number, number]> & {
        directed: boolean[];
        community: string;
      };
      for (const reader of ["nx", "ig"]) {
        expect(read[reader]!.slice(0, 2)).toEqual([people.order, people.size]);
        expect(read[reader]![2]).toBeCloseTo(total, 6);
      }
      expect(read.directed).toEqual([false, false]);
      expect(read.community).toBe("int");
    },
  );
});

describe("the record multigraph", () => {
  it("keeps every record, its kind and its id apart from the edge id", async () => {
    const flat = flatGraph(graph, analysed.analysis);
    for (const back of [
      parseGexf(MultiDirectedGraph, toGexf(flat)),
      parseGraphml(MultiDirectedGraph, toGraphml(flat)),
    ]) {
      expect(back.size).toBe(graph.size);
      back.forEachEdge((edge, attributes) => {
        expect(attributes.record_id).toBe(edge);
        expect(attributes.kind).toBe(graph.getEdgeAttribute(edge, "type"));
        expect(attributes.id).toBeUndefined();
      });
    }
    if (!havePython) return;
    const file = join(root, "records.graphml");
    await writeFile(file, toGraphml(flat));
    const result = spawnSync(
      PYTHON,
      [
        "-c",
        `import sys, igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
print(g.ecount(), sum(1 for r in g.es["record_id"] if r))`,
        file,
      ],
      { encoding: "utf8" },
    );
    expect(result.status, result.stderr).toBe(0);
    // igraph keeps every record id (it took an attribute named "id" for the edge id and dropped it).
    expect(result.stdout.trim()).toBe(`${graph.size} ${graph.size}`);
  });
});
