import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../analytics/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { CLASSIFICATIONS, type EntityGraph } from "../../model/index.ts";
import { entries as graphEntries, queryBattery } from "../test/query-battery.ts";
import { MemoryStore } from "../memory/memory-store.ts";
import { countGraph } from "../types.ts";
import { Neo4jStore, type Neo4jConnection } from "./neo4j-store.ts";
import { cypher, exclusiveDatabase, testServer } from "./test-server.ts";
import { schemaStatements } from "./schema.ts";

const server = testServer();
const NOTHING_CHANGED = {
  entitiesUpdated: 0,
  linksUpdated: 0,
  entitiesRemoved: 0,
  linksRemoved: 0,
};
const demo = async () => toEntityGraph(await loadDataset("fixtures/demo"));
const entries = (graph: EntityGraph) => ({
  ...graphEntries(graph),
  attributes: graph.getAttributes(),
});

describe.skipIf("skip" in server)("Neo4jStore on the demo world", () => {
  const connection = server as Neo4jConnection;
  let release: () => Promise<void>;
  let store: Neo4jStore;
  let memory: MemoryStore;
  let memoryDir: string;
  let graph: EntityGraph;

  beforeAll(async () => {
    release = await exclusiveDatabase(connection);
    store = await Neo4jStore.connect(connection, { batchSize: 1_000, pageSize: 700 });
    memoryDir = await mkdtemp(join(tmpdir(), "crosslink-memory-"));
    memory = await MemoryStore.open(memoryDir);
    await memory.importGraph(await demo());
    graph = await demo();
  }, 600_000);

  afterAll(async () => {
    await store?.close();
    await rm(memoryDir, { recursive: true, force: true });
    await release?.();
  });

  it("creates a uniqueness constraint for every label and relationship type", async () => {
    const rows = await cypher(connection, "SHOW CONSTRAINTS YIELD name, type RETURN name, type");
    const names = schemaStatements()
      .map((statement) => /^CREATE CONSTRAINT (\w+)/.exec(statement)?.[1])
      .filter((name) => name !== undefined);
    expect(names).toContain("entity_id");
    expect(names).toContain("online_account_id");
    expect(names).toContain("uses_phone_key");
    for (const name of names) {
      expect(rows.find((row) => row.name === name)?.type).toMatch(/UNIQUENESS/);
    }
  });

  it("imports every entity and link: counts per label and type equal the input", async () => {
    const summary = await store.importGraph(graph);
    expect(summary).toEqual({
      entitiesCreated: graph.order,
      linksCreated: graph.size,
      entitiesMatched: 0,
      linksMatched: 0,
      ...NOTHING_CHANGED,
    });
    expect(await store.counts()).toEqual(countGraph(graph));
    const [plain] = await cypher(
      connection,
      "MATCH (n:Person) WITH count(n) AS persons MATCH ()-[r:CALL]->() RETURN persons, count(r) AS calls",
    );
    expect(plain).toEqual({
      persons: countGraph(graph).entities.person,
      calls: countGraph(graph).links.call,
    });
  });

  it("re-importing creates no node and no relationship", async () => {
    expect(await store.importGraph(await demo())).toEqual({
      entitiesCreated: 0,
      linksCreated: 0,
      entitiesMatched: graph.order,
      linksMatched: graph.size,
      ...NOTHING_CHANGED,
    });
    expect(await store.counts()).toEqual(countGraph(graph));
  });

  it("keeps integers as integers and extra columns as JSON text", async () => {
    const [row] = await cypher(
      connection,
      "MATCH ()-[r:CALL]->() WHERE r.duration_s IS NOT NULL RETURN valueType(r.duration_s) AS duration, valueType(r.provenance_line) AS line LIMIT 1",
    );
    expect(row).toEqual({ duration: "INTEGER NOT NULL", line: "INTEGER NOT NULL" });
  });

  it("reads back the graph the memory store holds: same keys, attributes and order", async () => {
    expect(entries(await store.loadGraph())).toEqual(entries(await memory.loadGraph()));
  });

  it("gives the same Analysis as the memory store, byte for byte", async () => {
    const fromNeo4j = JSON.stringify(analyze(await store.loadGraph(), { seed: 11 }));
    const fromMemory = JSON.stringify(analyze(await memory.loadGraph(), { seed: 11 }));
    expect(fromNeo4j).toBe(fromMemory);
  });

  it("writes the analysis back where plain Cypher sees it, and a rerun replaces it", async () => {
    const analysis = analyze(await store.loadGraph(), { seed: 11 });
    const top = analysis.targets[0]!;
    for (let run = 0; run < 2; run++) {
      expect(await store.writeAnalysis(analysis)).toMatchObject({
        communities: analysis.communities.length,
      });
      const [target] = await cypher(
        connection,
        "MATCH (p:Person {id: $id})-[:MEMBER_OF]->(c:Community) RETURN p.target_rank AS rank, p.target_score AS score, p.community AS community, c.id AS communityNode",
        { id: top.id },
      );
      expect(target).toEqual({
        rank: 1,
        score: top.score,
        community: top.community,
        communityNode: top.community,
      });
      const [totals] = await cypher(
        connection,
        "MATCH (c:Community) WITH count(c) AS communities MATCH ()-[m:MEMBER_OF]->() RETURN communities, count(m) AS members",
      );
      expect(totals).toEqual({
        communities: analysis.communities.length,
        members: analysis.communities.reduce((sum, c) => sum + c.members.length, 0),
      });
    }
    // The write-back is not part of the records: the graph read back is unchanged.
    expect(entries(await store.loadGraph())).toEqual(entries(await memory.loadGraph()));
  });

  it("answers every query as the memory store does, at every clearance", async () => {
    const ids = graph.nodes().filter((_id, index) => index % 41 === 0);
    const phone = graph.findNode((_id, attributes) => attributes.type === "phone")!;
    const number = graph.getNodeAttribute(phone, "number") as string;
    const plate = graph.getNodeAttribute(
      graph.findNode((_id, attributes) => attributes.type === "vehicle")!,
      "plate",
    ) as string;
    const input = {
      ids: [...ids, "no-such-id"],
      texts: ["ahmed", "ahmad hasan", "+49", number, `0${number.slice(3)}`, plate, ids[3]!, "zz"],
    };
    for (const clearance of CLASSIFICATIONS) {
      expect(await queryBattery(store, clearance, input), clearance).toEqual(
        await queryBattery(memory, clearance, input),
      );
    }
    expect(await store.entity("no-such-id", { clearance: "secret" })).toBeUndefined();
    expect(await store.egoNetwork("no-such-id", { clearance: "secret" })).toBeUndefined();
    // A long battery: hundreds of queries at four clearances on each store.
  }, 180_000);

  it("gives a database imported before the query properties existed its ranks and search terms on connect", async () => {
    const before = await store.search("ahmed", { clearance: "secret" });
    await cypher(connection, "MATCH (n:Entity) REMOVE n._search, n._rank");
    await cypher(connection, "MATCH ()-[r]->() REMOVE r._rank");
    expect(await store.search("ahmed", { clearance: "secret" })).toEqual([]);
    const again = await Neo4jStore.connect(connection, { batchSize: 100 });
    try {
      expect(await again.search("ahmed", { clearance: "secret" })).toEqual(before);
      const [missing] = await cypher(
        connection,
        "MATCH ()-[r]->() WHERE r._rank IS NULL AND type(r) <> 'MEMBER_OF' RETURN count(r) AS n",
      );
      expect(missing!.n).toBe(0);
    } finally {
      await again.close();
    }
  });
});
