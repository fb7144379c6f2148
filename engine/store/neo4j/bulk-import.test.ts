/**
 * The two import paths (import-graph.ts) and the digests (../record-digest.ts), on the
 * demo world: the bulk path into an empty database leaves exactly the
 * database the MERGE path leaves; a re-import of unchanged data writes
 * nothing by Neo4j's own counters; a changed record is the only one written;
 * and a bulk import that fails midway loses nothing and its rerun leaves the
 * database an unbroken import leaves.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import type { Classification, EntityGraph } from "../../model/index.ts";
import { entries, queryBattery, type BatteryInput } from "../test/query-battery.ts";
import { NO_WRITES, type WriteCounters } from "./executor.ts";
import { Neo4jStore, type Neo4jConnection, type Neo4jStoreOptions } from "./neo4j-store.ts";
import { cypher, dump, exclusiveDatabase, testServer } from "./test-server.ts";

const server = testServer();
const demo = async () => toEntityGraph(await loadDataset("fixtures/demo"));
// Small batches, so the demo world takes many of them and the writers overlap.
const BULK: Neo4jStoreOptions = { batchSize: 300, writers: 3 };
// Equal dumps already mean equal answers; the battery shows it at the lowest and highest clearance.
const CLEARANCES: Classification[] = ["unclassified", "secret"];

async function emptyDatabase(connection: Neo4jConnection) {
  await cypher(connection, "MATCH (n) DETACH DELETE n");
}

const difference = (after: WriteCounters, before: WriteCounters) =>
  Object.fromEntries(
    Object.entries(after).map(([name, value]) => [
      name,
      value - before[name as keyof WriteCounters],
    ]),
  );

async function importWith(
  connection: Neo4jConnection,
  graph: EntityGraph,
  options: Neo4jStoreOptions,
) {
  const store = await Neo4jStore.connect(connection, options);
  try {
    return await store.importGraph(graph);
  } finally {
    await store.close();
  }
}

describe.skipIf("skip" in server)("Neo4j bulk import and record digests", () => {
  const connection = server as Neo4jConnection;
  let release: () => Promise<void>;
  let bulkDatabase: Awaited<ReturnType<typeof dump>>;
  let graph: EntityGraph;
  let input: BatteryInput;

  beforeAll(async () => {
    release = await exclusiveDatabase(connection);
    graph = await demo();
    const ids = graph.nodes().filter((_id, index) => index % 53 === 0);
    input = { ids, texts: ["ahmed", "+49", ids[2]!, "zz"] };
  }, 600_000);

  afterAll(async () => {
    await release?.();
  });

  it("the bulk path and the MERGE path leave the same database, node for node and property for property", async () => {
    expect(await importWith(connection, await demo(), BULK)).toMatchObject({
      entitiesCreated: graph.order,
      linksCreated: graph.size,
    });
    bulkDatabase = await dump(connection);
    const bulkStore = await Neo4jStore.connect(connection);
    const bulkAnswers = [];
    for (const clearance of CLEARANCES) {
      bulkAnswers.push(await queryBattery(bulkStore, clearance, input));
    }
    await bulkStore.close();

    await emptyDatabase(connection);
    await importWith(connection, await demo(), { ...BULK, bulk: false });
    expect(await dump(connection)).toEqual(bulkDatabase);
    const mergeStore = await Neo4jStore.connect(connection);
    try {
      for (const [index, clearance] of CLEARANCES.entries()) {
        expect(await queryBattery(mergeStore, clearance, input), clearance).toEqual(
          bulkAnswers[index],
        );
      }
    } finally {
      await mergeStore.close();
    }
  }, 300_000);

  it("a re-import of unchanged data writes nothing: no node or relationship created, no property set", async () => {
    const store = await Neo4jStore.connect(connection, BULK);
    try {
      const before = store.writes();
      expect(await store.importGraph(await demo())).toMatchObject({
        entitiesCreated: 0,
        linksCreated: 0,
        entitiesUpdated: 0,
        linksUpdated: 0,
      });
      expect(difference(store.writes(), before)).toEqual(NO_WRITES);
    } finally {
      await store.close();
    }
  });

  it("a changed record is the only one written", async () => {
    const changed = await demo();
    const person = changed.findNode((_id, attributes) => attributes.type === "person")!;
    changed.setNodeAttribute(person, "name", "Renamed Person");
    const call = changed.findEdge((_key, attributes) => attributes.type === "call")!;
    changed.setEdgeAttribute(call, "duration_s", 4242);
    const store = await Neo4jStore.connect(connection, BULK);
    try {
      const before = store.writes();
      expect(await store.importGraph(changed)).toMatchObject({
        entitiesCreated: 0,
        linksCreated: 0,
        entitiesUpdated: 1,
        linksUpdated: 1,
        entitiesMatched: graph.order - 1,
        linksMatched: graph.size - 1,
      });
      const written = difference(store.writes(), before);
      expect(written).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0 });
      // The two records' own properties (one node's and one relationship's), nothing more.
      const [sizes] = await cypher(
        connection,
        "MATCH (n:Entity {id: $person}) MATCH ()-[r {key: $call}]->() RETURN size(keys(n)) AS node, size(keys(r)) AS link",
        { person, call },
      );
      expect(written.propertiesSet).toBeGreaterThan(0);
      expect(written.propertiesSet).toBeLessThanOrEqual(
        (sizes!.node as number) + (sizes!.link as number),
      );
      expect(entries(await store.loadGraph())).toEqual(entries(changed));
    } finally {
      await store.close();
    }
  });

  it("a bulk import that fails midway loses nothing, and the rerun leaves the database an unbroken import leaves", async () => {
    await emptyDatabase(connection);
    const broken = await demo();
    // A value no property can hold, on a link in the middle: entities and some link batches commit.
    const calls = broken.filterEdges((_key, attributes) => attributes.type === "call");
    broken.setEdgeAttribute(calls[Math.floor(calls.length / 2)]!, "duration_s", {
      nested: 1,
    } as never);
    const store = await Neo4jStore.connect(connection, BULK);
    try {
      await expect(store.importGraph(broken)).rejects.toThrow(/refused a value|Property values/);
      const [partial] = await cypher(
        connection,
        "MATCH (n:Entity) WITH count(n) AS entities MATCH ()-[r]->() RETURN entities, count(r) AS links",
      );
      expect(partial!.entities).toBe(graph.order);
      expect(partial!.links).toBeLessThan(graph.size);

      expect(await store.importGraph(await demo())).toMatchObject({
        entitiesCreated: 0,
        linksCreated: graph.size - (partial!.links as number),
      });
      expect(await dump(connection)).toEqual(bulkDatabase);
    } finally {
      await store.close();
    }
  }, 300_000);
});
