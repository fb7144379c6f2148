/**
 * Markings never understate, in any export of a generated world (about 10%
 * confidential and 2.5% secret records, handling codes on 15%, drawn per
 * record so that a restricted person often has a secret phone): every item's
 * marking covers every record it carries, checked from the exported files
 * against the entity graph, not from the code that marks them.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { generateWorld } from "../../fixtures/generator/index.ts";
import { waypointsOf } from "../access/visibility.ts";
import { analyzeWithNetwork, type NetworkAnalysis } from "../analytics/index.ts";
import { loadDataset, toEntityGraph } from "../ingest/index.ts";
import { classificationRank, type Classification, type EntityGraph } from "../model/index.ts";
import { renderTargetPackages } from "./dossier/build-package.ts";
import { topTargets } from "./dossier/select-targets.ts";
import { toCsvLists } from "./network/csv-lists.ts";
import { flatGraph } from "./network/flat-graph.ts";
import { ftmId, toFtm } from "./network/ftm.ts";
import { toGexf } from "./network/gexf.ts";
import { toGraphml } from "./network/graphml.ts";

interface Mark {
  classification: Classification;
  codes: string[];
}

let graph: EntityGraph;
let analysed: NetworkAnalysis;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "crosslink-markings-"));
  const world = await generateWorld({ persons: 400, seed: 3, out: join(root, "world") });
  graph = toEntityGraph(await loadDataset(world.out));
  analysed = analyzeWithNetwork(graph);
});

/** The records behind a key: the entity, the link, or both when the key names both. */
function recordsOf(key: string) {
  const records = [];
  if (graph.hasNode(key)) records.push(graph.getNodeAttributes(key));
  if (graph.hasEdge(key)) records.push(graph.getEdgeAttributes(key));
  return records;
}

/** Counts the records `mark` covers and fails on the first it understates. */
function expectCovers(mark: Mark, keys: Iterable<string>, where: string) {
  let raised = false;
  for (const key of keys) {
    for (const record of recordsOf(key)) {
      expect(
        classificationRank(record.classification),
        `${where}: ${key} is ${record.classification}, marked ${mark.classification}`,
      ).toBeLessThanOrEqual(classificationRank(mark.classification));
      if (record.handling_code)
        expect(mark.codes, `${where}: ${key}'s handling code`).toContain(record.handling_code);
      raised ||=
        classificationRank(record.classification) < classificationRank(mark.classification);
    }
  }
  return raised;
}

const splitCodes = (text: string | undefined) => (text ? text.split(";") : []);

describe("markings never understate", () => {
  it("FollowTheMoney: persons with their phones, calls with their numbers and parties", () => {
    const entities = toFtm(graph);
    const byFtmId = new Map<string, string>();
    graph.forEachNode((node) => byFtmId.set(ftmId("entity", node), node));
    const phoneByNumber = new Map<string, string>();
    graph.forEachNode((node, a) => a.type === "phone" && phoneByNumber.set(a.label, node));
    const usesOf = (person: string, phone: string) =>
      graph
        .edges(person, phone)
        .filter((edge) => graph.getEdgeAttribute(edge, "type") === "uses_phone");
    let checkedPhones = 0;
    let checkedCalls = 0;
    for (const entity of entities) {
      const p = entity.properties;
      const mark = parseNote((p.notes ?? p.description)![0]!);
      if (entity.schema === "Person" || entity.schema === "Organization") {
        const node = byFtmId.get(entity.id)!;
        for (const number of p.phone ?? []) {
          const phone = phoneByNumber.get(number)!;
          expectCovers(mark, [node, phone, ...usesOf(node, phone)], `${entity.schema} ${node}`);
          checkedPhones++;
        }
      }
      if (entity.schema === "Call") {
        const call = p.recordId![0]!;
        const keys = [call];
        for (const [numbers, parties] of [
          [p.callerNumber, p.caller],
          [p.receiverNumber, p.receiver],
        ] as const) {
          const phone = phoneByNumber.get(numbers![0]!)!;
          keys.push(phone);
          for (const party of parties ?? []) keys.push(...usesOf(byFtmId.get(party)!, phone));
        }
        expectCovers(mark, keys, `Call ${call}`);
        checkedCalls++;
      }
    }
    expect(checkedPhones).toBeGreaterThan(300);
    expect(checkedCalls).toBeGreaterThan(300);
  });

  it("GEXF, GraphML and CSV: every node covers its waypoints, every edge is its record", () => {
    const flat = flatGraph(graph, analysed.analysis);
    const gexf = parseGexf(MultiDirectedGraph, toGexf(flat));
    const graphml = parseGraphml(MultiDirectedGraph, toGraphml(flat));
    const lists = toCsvLists(flat);
    const csvNodes = parseCsv(lists.nodes, { columns: true }) as Record<string, string>[];
    const csvEdges = parseCsv(lists.edges, { columns: true }) as Record<string, string>[];
    const nodeRows: [string, string, Record<string, unknown>][] = [
      ...gexf.mapNodes((node, a) => ["gexf", node, a] as [string, string, Record<string, unknown>]),
      ...graphml.mapNodes(
        (node, a) => ["graphml", node, a] as [string, string, Record<string, unknown>],
      ),
      ...csvNodes.map((row) => ["csv", row.id!, row] as [string, string, Record<string, unknown>]),
    ];
    for (const [format, node, a] of nodeRows) {
      expect(a.merged_ids, `${format} ${node}`).toBeUndefined();
      const mark = {
        classification: a.classification as Classification,
        codes: splitCodes(a.handling_code as string | undefined),
      };
      expectCovers(
        mark,
        [node, ...waypointsOf(graph.getNodeAttributes(node))],
        `${format} ${node}`,
      );
    }
    const edgeRows: [string, string, Record<string, unknown>][] = [
      ...gexf.mapEdges((edge, a) => ["gexf", edge, a] as [string, string, Record<string, unknown>]),
      ...graphml.mapEdges(
        (edge, a) => ["graphml", edge, a] as [string, string, Record<string, unknown>],
      ),
      ...csvEdges.map((row) => ["csv", row.id!, row] as [string, string, Record<string, unknown>]),
    ];
    expect(edgeRows).toHaveLength(3 * graph.size);
    for (const [format, edge, a] of edgeRows) {
      const mark = {
        classification: a.classification as Classification,
        codes: splitCodes(a.handling_code as string | undefined),
      };
      expectCovers(mark, [edge], `${format} edge ${edge}`);
    }
  });

  it("target packages: the package and every tie, call counterpart, crime link, ego tie and event", async () => {
    const { analysis, network } = analysed;
    const packages = await renderTargetPackages(
      { graph, analysis, network, targets: topTargets(analysis, 5), generatedBy: "test" },
      { formats: ["json", "csv"], pdf: "never" },
    );
    let items = 0;
    let raised = 0;
    for (const { id, files } of packages) {
      const dossier = JSON.parse(files["package.json"] as string) as Record<string, unknown> & {
        classification: Classification;
        handlingCodes: string[];
      };
      // Every id and key anywhere in the package is covered by the package's marking.
      expectCovers(
        { classification: dossier.classification, codes: dossier.handlingCodes },
        keysIn(dossier),
        `package ${id}`,
      );
      // Every item with a marking of its own covers every id and key inside it.
      for (const item of markedItems(dossier)) {
        const { classification, handling_codes } = item.marking as {
          classification: Classification;
          handling_codes: string[];
        };
        if (
          expectCovers(
            { classification, codes: handling_codes },
            keysIn({ ...item, marking: null }),
            `${id} item`,
          )
        )
          raised++;
        items++;
      }
      // The CSV rows carry them too.
      const ties = parseCsv(files["ties.csv"] as string, { columns: true }) as Record<
        string,
        string
      >[];
      for (const row of ties) {
        expectCovers(
          {
            classification: row.classification as Classification,
            codes: splitCodes(row.handling_codes),
          },
          [row.other_id!, ...splitCodes(row.via), ...splitCodes(row.record_ids)],
          `${id} ties.csv ${row.other_id}`,
        );
      }
    }
    expect(items).toBeGreaterThan(100);
    expect(raised).toBeGreaterThan(0);
  });
});

/** "classification: secret; handling codes: A; B" as written by the FtM export. */
function parseNote(note: string): Mark {
  const match = /^classification: (\w+)(?:; handling codes?: (.*))?$/.exec(note);
  expect(match, note).not.toBeNull();
  return { classification: match![1] as Classification, codes: match![2]?.split("; ") ?? [] };
}

/** Every string in a JSON value that names an entity or a link of the graph. */
function keysIn(value: unknown): string[] {
  const keys: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") {
      if (graph.hasNode(v) || graph.hasEdge(v)) keys.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(value);
  return keys;
}

/** Every object in a JSON value that has a `marking` of its own. */
function markedItems(value: unknown): Record<string, unknown>[] {
  const items: Record<string, unknown>[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      if ("marking" in v) items.push(v as Record<string, unknown>);
      Object.values(v).forEach(walk);
    }
  };
  walk(value);
  return items;
}
