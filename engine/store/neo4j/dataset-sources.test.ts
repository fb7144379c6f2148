/**
 * The files' digest on Neo4j (dataset-sources.ts): an import given the
 * digest of its files remembers it, the same digest again is answered
 * without reading or writing a record, and a digest never outlives the
 * records it stands for: an import of other files that fails midway removes
 * it, and another dataset's import, which leaves the first one's records as
 * they are, leaves it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import type { EntityGraph } from "../../model/index.ts";
import { NO_WRITES } from "./executor.ts";
import { Neo4jStore, type Neo4jConnection } from "./neo4j-store.ts";
import { exclusiveDatabase, testServer } from "./test-server.ts";

const server = testServer();
const demo = async () => toEntityGraph(await loadDataset("fixtures/demo"));

describe.skipIf("skip" in server)("Neo4j: the digest of the files last imported", () => {
  const connection = server as Neo4jConnection;
  let release: () => Promise<void>;
  let store: Neo4jStore;
  let graph: EntityGraph;
  let name: string;

  beforeAll(async () => {
    release = await exclusiveDatabase(connection);
    store = await Neo4jStore.connect(connection, { batchSize: 300 });
    graph = await demo();
    name = graph.getAttribute("dataset")!;
  }, 600_000);

  afterAll(async () => {
    await store?.close();
    await release?.();
  });

  it("answers the same files again as already present, with no write", async () => {
    expect(await store.unchangedImport(name, "files-1")).toBeUndefined();
    await store.importGraph(graph, { source: "files-1" });
    const before = store.writes();
    expect(await store.unchangedImport(name, "files-1")).toEqual({
      entitiesCreated: 0,
      linksCreated: 0,
      entitiesMatched: graph.order,
      linksMatched: graph.size,
      entitiesUpdated: 0,
      linksUpdated: 0,
      entitiesRemoved: 0,
      linksRemoved: 0,
    });
    expect(store.writes()).toEqual(before);
    expect(await store.unchangedImport(name, "files-2")).toBeUndefined();
    expect(await store.unchangedImport("another dataset", "files-1")).toBeUndefined();
    // A whole re-import of unchanged records with the same digest writes nothing either.
    await store.importGraph(await demo(), { source: "files-1" });
    const after = store.writes();
    for (const counter of Object.keys(NO_WRITES) as (keyof typeof NO_WRITES)[]) {
      expect(after[counter] - before[counter], counter).toBe(0);
    }
  });

  it("forgets the digest when an import of other files fails midway", async () => {
    const broken = await demo();
    const call = broken.findEdge((_key, attributes) => attributes.type === "call")!;
    broken.setEdgeAttribute(call, "duration_s", 4242);
    const person = broken.findNode((_id, attributes) => attributes.type === "person")!;
    // A value no property can hold: the batch holding it fails.
    broken.setNodeAttribute(person, "nickname", { nested: 1 } as never);
    await expect(store.importGraph(broken, { source: "files-3" })).rejects.toThrow(
      /refused a value|Property values/,
    );
    // The old files again are no longer taken for what the store holds.
    expect(await store.unchangedImport(name, "files-1")).toBeUndefined();
    expect(await store.unchangedImport(name, "files-3")).toBeUndefined();
    await store.importGraph(await demo(), { source: "files-1" });
    expect(await store.unchangedImport(name, "files-1")).toBeDefined();
  });

  it("keeps a dataset's digest when another dataset's import meets its records", async () => {
    const other = await demo();
    other.setAttribute("dataset", "other");
    other.forEachNode((id) => other.setNodeAttribute(id, "provenance_dataset", "other"));
    other.forEachEdge((key) => other.setEdgeAttribute(key, "provenance_dataset", "other"));
    // Another dataset never changes the first one's records (merge-plan.ts): they stay as they are.
    expect(await store.importGraph(other, { source: "other-1" })).toMatchObject({
      entitiesCreated: 0,
      entitiesUpdated: 0,
    });
    expect(await store.unchangedImport(name, "files-1")).toBeDefined();
    expect(await store.unchangedImport("other", "other-1")).toBeDefined();
  });
});
