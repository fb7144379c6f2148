/**
 * The network exports as exportNetwork streams them: GEXF and GraphML
 * written chunk by chunk equal the text of the same lines and read back into
 * graphology with every attribute; CSV lists, quoted a batch of rows at a
 * time, read back with csv-parse; FtM NDJSON holds one entity a line; and the
 * progress of each names its stages and counts every node and edge, never
 * going back. Hand-made values check what a streamed writer could get wrong:
 * escaping, line breaks, declared types, mixed edge types.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph, MultiGraph, UndirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { generateWorld } from "../../../fixtures/generator/index.ts";
import { analyzeWithNetwork, type NetworkAnalysis } from "../../analytics/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import type { EntityGraph } from "../../model/index.ts";
import { flatGraph, type FlatAttributes, type FlatGraph } from "./flat-graph.ts";
import { toFtm } from "./ftm.ts";
import { personGraph, type PersonGraph } from "./person-graph.ts";
import { toGexf } from "./gexf.ts";
import { toGraphml } from "./graphml.ts";
import { exportNetwork, type NetworkFormat, type NetworkGraph } from "./write-network.ts";

let root: string;
let graph: EntityGraph;
let analysed: NetworkAnalysis;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "crosslink-streamed-"));
  // Large enough that the record multigraph's GEXF spans several chunks of the writer.
  const world = await generateWorld({ persons: 300, seed: 5, out: join(root, "world") });
  graph = toEntityGraph(await loadDataset(world.out));
  analysed = analyzeWithNetwork(graph);
});

type Event = [stage: string, done: number, total: number];

async function exported(format: NetworkFormat, shape: NetworkGraph) {
  const { texts, events } = await exportedFiles(format, shape);
  return { text: texts[0]!, events };
}

/** The files exportNetwork wrote (CSV: nodes, then edges) and the progress it reported. */
async function exportedFiles(format: NetworkFormat, shape: NetworkGraph) {
  const events: Event[] = [];
  const out = join(root, `${shape}.${format}`);
  const written = await exportNetwork({
    graph,
    analysis: analysed.analysis,
    people: { network: analysed.network, view: graph },
    format,
    shape,
    out,
    onProgress: (stage, done, total) => events.push([stage, done, total]),
  });
  return { texts: await Promise.all(written.map((path) => readFile(path, "utf8"))), events };
}

/** The stages in the order they ran; within each, counts that never go back and end at the total. */
function stagesOf(events: Event[]): { stage: string; total: number }[] {
  const stages: { stage: string; total: number; done: number }[] = [];
  for (const [stage, done, total] of events) {
    let current = stages.at(-1);
    if (current?.stage !== stage) {
      current = { stage, total, done: 0 };
      stages.push(current);
    }
    expect(total).toBe(current.total);
    expect(done).toBeGreaterThanOrEqual(current.done);
    current.done = done;
  }
  for (const { stage, done, total } of stages) expect([stage, done]).toEqual([stage, total]);
  return stages.map(({ stage, total }) => ({ stage, total }));
}

describe("exportNetwork's streamed GEXF and GraphML", () => {
  it("writes the person network's GEXF in named, counted stages", async () => {
    const { text, events } = await exported("gexf", "persons");
    const back = parseGexf(UndirectedGraph, text);
    const actors = analysed.network.csr.ids.length;
    const ties = analysed.network.ties.a.length;
    expect([back.order, back.size]).toEqual([actors, ties]);
    expect(stagesOf(events)).toEqual([
      { stage: "person graph", total: actors + ties },
      { stage: "read attributes", total: actors + ties },
      { stage: "write gexf", total: actors + ties },
    ]);
    // More than a start and an end: the counts move inside each stage.
    expect(events.filter(([stage]) => stage === "person graph").length).toBeGreaterThan(4);
  });

  it("writes the record multigraph over several chunks, as the text of the same lines", async () => {
    for (const format of ["gexf", "graphml"] as const) {
      const { text, events } = await exported(format, "records");
      expect(text.length).toBeGreaterThan(2 << 20);
      const stages = stagesOf(events).map(({ stage }) => stage);
      expect(stages).toEqual(["record graph", "read attributes", `write ${format}`]);
      const flat = flatGraph(graph, analysed.analysis);
      expect(text).toBe(format === "gexf" ? toGexf(flat) : toGraphml(flat));
      const back = (format === "gexf" ? parseGexf : parseGraphml)(MultiDirectedGraph, text);
      expect([back.order, back.size]).toEqual([graph.order, graph.size]);
      back.forEachNode((node, attributes) =>
        expect(attributes).toEqual(flat.getNodeAttributes(node)),
      );
      back.forEachEdge((edge, attributes, source, target) => {
        expect([source, target]).toEqual(flat.extremities(edge));
        expect(attributes).toEqual(flat.getEdgeAttributes(edge));
      });
    }
  });
});

describe("exportNetwork's streamed CSV lists and FtM", () => {
  it("writes CSV lists of either graph in named, counted stages, every attribute a column", async () => {
    const drawn: Record<NetworkGraph, FlatGraph | PersonGraph> = {
      persons: personGraph({
        graph,
        analysis: analysed.analysis,
        network: analysed.network,
        scope: graph,
      }),
      records: flatGraph(graph, analysed.analysis),
    };
    for (const shape of ["persons", "records"] as const) {
      const { texts, events } = await exportedFiles("csv", shape);
      const flat = drawn[shape];
      const total = flat.order + flat.size;
      expect(stagesOf(events)).toEqual([
        { stage: shape === "persons" ? "person graph" : "record graph", total: expect.any(Number) },
        { stage: "read attributes", total },
        { stage: "write csv", total },
      ]);
      const [nodes, edges] = texts.map(
        (text) => parseCsv(text, { columns: true }) as Record<string, string>[],
      );
      // Several batches of rows: every one of them read back, in the graph's order.
      expect(edges!.length).toBe(flat.size);
      expect(nodes!.map((row) => row.id)).toEqual(flat.nodes());
      expect(edges!.map((row) => row.id)).toEqual(flat.edges());
      for (const row of nodes!) {
        const attributes = flat.getNodeAttributes(row.id!);
        expect(row).toEqual({ id: row.id, ...cells(attributes, Object.keys(row).slice(1)) });
      }
      for (const row of edges!) {
        const attributes = flat.getEdgeAttributes(row.id!);
        // The ends in `source` and `target`, never a record's field of that name.
        expect(row).toEqual({
          id: row.id,
          source: flat.source(row.id!),
          target: flat.target(row.id!),
          ...cells(attributes, Object.keys(row).slice(3)),
        });
      }
    }
  });

  it("writes FtM one entity a line in one counted stage", async () => {
    const { text, events } = await exported("ftm", "records");
    expect(text.length).toBeGreaterThan(2 << 20);
    const total = graph.order + graph.size;
    expect(stagesOf(events)).toEqual([{ stage: "write ftm", total }]);
    // Reported every 512 entities or records: an entity takes milliseconds on a busy machine.
    expect(events.length).toBeGreaterThan(total / 512);
    const lines = text.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(toFtm(graph));
  });
});

/** The attributes as CSV cells of the file's `columns`: absent ones empty, booleans as csv-stringify writes them. */
function cells(attributes: FlatAttributes, columns: string[]): Record<string, string> {
  const text = (value: FlatAttributes[string] | undefined) =>
    value === undefined ? "" : typeof value === "boolean" ? (value ? "1" : "") : String(value);
  return Object.fromEntries(columns.map((column) => [column, text(attributes[column])]));
}

describe("GEXF values", () => {
  const tricky: FlatAttributes = {
    label: `Ali "the <boss>" & 'co'`,
    note: "line one\nline two\ttabbed\r",
    flag: true,
    count: 7,
    share: 0.25,
    big: 2 ** 40,
  };

  it("keeps escaped text, line breaks, booleans and numbers as they were", () => {
    const graph = new MultiDirectedGraph<FlatAttributes, FlatAttributes>();
    graph.addNode("a&b", tricky);
    graph.addNode("c", { label: "", mixed: 1 });
    graph.addNode("d", { mixed: 1.5, flag: false });
    graph.addDirectedEdgeWithKey("e<1>", "a&b", "c", { weight: 2.5, kind: "call", mixed: 3 });
    graph.addDirectedEdgeWithKey("e2", "c", "d", { weight: 1, mixed: "three" });
    const text = toGexf(graph);
    // Declared once per name, the widest type the values need.
    expect(text).toContain(`title="mixed" type="double"`);
    expect(text).toContain(`title="big" type="long"`);
    expect(text).toMatch(
      /<attributes class="edge">\s*<attribute id="0" title="mixed" type="string"/,
    );
    const back = parseGexf(MultiDirectedGraph, text);
    expect(back.getNodeAttributes("a&b")).toEqual(tricky);
    // An empty label is no GEXF label, but still the attribute it was.
    expect(back.getNodeAttributes("c")).toEqual({ label: "", mixed: 1 });
    expect(back.getNodeAttributes("d")).toEqual({ mixed: 1.5, flag: false });
    expect(back.getEdgeAttributes("e<1>")).toEqual({ weight: 2.5, kind: "call", mixed: "3" });
    expect(back.getEdgeAttributes("e2")).toEqual({ weight: 1, mixed: "three" });
  });

  it("marks an edge whose type is not the graph's default", () => {
    const graph = new MultiGraph<FlatAttributes, FlatAttributes>();
    graph.addNode("a");
    graph.addNode("b");
    graph.addDirectedEdgeWithKey("arc", "a", "b");
    graph.addUndirectedEdgeWithKey("tie", "a", "b");
    const text = toGexf(graph);
    expect(text).toContain(`defaultedgetype="directed"`);
    const back = parseGexf(MultiGraph, text);
    expect(back.isDirected("arc")).toBe(true);
    expect(back.isUndirected("tie")).toBe(true);
  });
});
