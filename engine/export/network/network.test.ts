import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../analytics/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import type { EntityGraph } from "../../model/index.ts";
import { writeSmallWorld } from "../test/small-world.ts";
import { toCsvLists } from "./csv-lists.ts";
import { flatGraph, type FlatGraph } from "./flat-graph.ts";
import { toFtm, type FtmEntity } from "./ftm.ts";
import { toGexf } from "./gexf.ts";
import { toGraphml } from "./graphml.ts";

/** Nodes, edges and every attribute, in a form two graphs can be compared by. */
function content(graph: {
  forEachNode: FlatGraph["forEachNode"];
  forEachEdge: FlatGraph["forEachEdge"];
}) {
  const nodes: Record<string, unknown> = {};
  const edges: Record<string, unknown> = {};
  graph.forEachNode((node, attributes) => void (nodes[node] = attributes));
  graph.forEachEdge(
    (edge, attributes, source, target) => void (edges[edge] = { source, target, attributes }),
  );
  return { nodes, edges };
}

describe("network exports", () => {
  let graph: EntityGraph;
  let flat: FlatGraph;

  beforeAll(async () => {
    graph = toEntityGraph(await loadDataset(await writeSmallWorld()));
    flat = flatGraph(graph, analyze(graph));
  });

  it("carries community and scores as node attributes", () => {
    expect(flat.getNodeAttributes("P1")).toMatchObject({
      type: "person",
      label: "Ana Petrova",
      community: expect.any(Number),
      pagerank: expect.any(Number),
      betweenness: expect.any(Number),
      target_rank: 1,
      provenance: "persons.csv:2",
    });
    expect(flat.getEdgeAttributes("T1")).toMatchObject({
      type: "transfer",
      amount: 1200.5,
      currency: "EUR",
    });
  });

  it("GEXF reads back into graphology with the same nodes, edges and attributes", () => {
    const back = parseGexf(MultiDirectedGraph, toGexf(flat));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(content(back)).toEqual(content(flat));
  });

  it("GraphML reads back into graphology with the same nodes, edges and attributes", () => {
    const back = parseGraphml(MultiDirectedGraph, toGraphml(flat));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(content(back)).toEqual(content(flat));
  });

  it("CSV node and edge lists hold every node and edge with their attributes", () => {
    const lists = toCsvLists(flat);
    const nodes = parseCsv(lists.nodes, { columns: true }) as Record<string, string>[];
    const edges = parseCsv(lists.edges, { columns: true }) as Record<string, string>[];
    expect(nodes).toHaveLength(graph.order);
    expect(edges).toHaveLength(graph.size);
    expect(nodes.find((row) => row.id === "P1")).toMatchObject({
      label: "Ana Petrova",
      target_rank: "1",
    });
    expect(edges.find((row) => row.id === "T2")).toMatchObject({
      source: "P1",
      target: "P3",
      amount: "300",
      handling_code: "FIU-ONLY",
    });
  });

  describe("FollowTheMoney", () => {
    /**
     * Required properties of the schemata used, from followthemoney's schema
     * YAML (github.com/alephdata/followthemoney, followthemoney/schema/):
     * Thing.yaml `required: [name]`, inherited by Person, Organization,
     * Vehicle (via Asset), Address (extends Thing in current versions),
     * Event, CourtCase and UserAccount; UserAccount.yaml adds `username`;
     * Payment.yaml `[payer, beneficiary]`; Ownership.yaml `[owner, asset]`;
     * Associate.yaml `[person, associate]`; Family.yaml `[person, relative]`;
     * Employment.yaml `[employer, employee]`; CourtCaseParty.yaml
     * `[case, party]`; Call.yaml none. UnknownLink.yaml declares none, but a
     * link without both ends says nothing, so `[subject, object]` here.
     */
    const REQUIRED: Record<string, string[]> = {
      Person: ["name"],
      Organization: ["name"],
      Vehicle: ["name"],
      Address: ["name"],
      Event: ["name"],
      CourtCase: ["name"],
      UserAccount: ["name", "username"],
      Payment: ["payer", "beneficiary"],
      Call: [],
      Ownership: ["owner", "asset"],
      Associate: ["person", "associate"],
      Family: ["person", "relative"],
      Employment: ["employer", "employee"],
      Directorship: ["director", "organization"],
      CourtCaseParty: ["case", "party"],
      UnknownLink: ["subject", "object"],
    };
    /** Entity-valued properties and the schemata their range admits. */
    const RANGE: Record<string, string[]> = {
      payer: ["Person", "Organization"],
      beneficiary: ["Person", "Organization"],
      caller: ["Person", "Organization"],
      receiver: ["Person", "Organization"],
      owner: ["Person", "Organization"],
      asset: ["Vehicle"],
      person: ["Person"],
      associate: ["Person"],
      relative: ["Person"],
      employer: ["Organization"],
      employee: ["Person"],
      director: ["Person", "Organization"],
      organization: ["Organization"],
      party: ["Person", "Organization"],
      case: ["CourtCase"],
      addressEntity: ["Address"],
      subject: Object.keys(REQUIRED),
      object: Object.keys(REQUIRED),
    };
    let entities: FtmEntity[];
    let byId: Map<string, FtmEntity>;

    beforeAll(() => {
      entities = toFtm(graph);
      byId = new Map(entities.map((entity) => [entity.id, entity]));
    });

    it("gives every entity the required properties of its schema", () => {
      expect(byId.size).toBe(entities.length);
      for (const entity of entities) {
        const required = REQUIRED[entity.schema];
        expect(required, `schema ${entity.schema} is in the table`).toBeDefined();
        for (const property of required!) {
          expect(
            entity.properties[property]?.length,
            `${entity.schema}.${property}`,
          ).toBeGreaterThan(0);
        }
        for (const values of Object.values(entity.properties)) {
          for (const value of values) expect(typeof value).toBe("string");
        }
      }
    });

    it("points entity properties at emitted entities of a fitting schema", () => {
      for (const entity of entities) {
        for (const [property, allowed] of Object.entries(RANGE)) {
          for (const ref of entity.properties[property] ?? []) {
            const target = byId.get(ref);
            expect(target, `${entity.schema}.${property} -> ${ref}`).toBeDefined();
            expect(allowed).toContain(target!.schema);
          }
        }
      }
    });

    it("maps the records: payments, calls with numbers, phones on persons, links by kind", () => {
      const count = (schema: string) =>
        entities.filter((entity) => entity.schema === schema).length;
      expect(count("Person")).toBe(4);
      expect(count("Organization")).toBe(1);
      expect(count("Payment")).toBe(5);
      expect(count("Call")).toBe(7);
      expect(count("Family")).toBe(1);
      expect(count("Associate")).toBe(1);
      expect(count("Ownership")).toBe(1);
      const ana = entities.find((entity) => entity.properties.name?.[0] === "Ana Petrova")!;
      expect(ana.properties.phone).toEqual(["+359881234567", "+359887654321"]);
      expect(ana.properties.notes).toEqual(["classification: restricted; handling code: EU-ONLY"]);
      const t1 = entities.find((entity) => entity.properties.transactionNumber?.[0] === "T1")!;
      expect(t1.properties).toMatchObject({
        amount: ["1200.5"],
        currency: ["EUR"],
        date: ["2024-03-08"],
      });
      expect(byId.get(t1.properties.beneficiary![0]!)).toBe(ana);
      // Same records, same ids.
      expect(toFtm(graph).map((entity) => entity.id)).toEqual(entities.map((entity) => entity.id));
    });
  });
});
