/**
 * Record identity on re-import, on a real Neo4j server: the same datasets as
 * the memory store's tests, and the Neo4j store must end equal to the memory
 * store after the same imports (the memory store's tests pin the semantics).
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DatasetError, loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { writeDataset } from "../../ingest/test/write-dataset.ts";
import { MemoryStore } from "../memory/memory-store.ts";
import type { GraphStore } from "../types.ts";
import {
  CONFLICT_MESSAGES,
  CONFLICTING,
  DATASET,
  EDITED,
  SECOND,
  WITH_TRANSFER,
  contents,
} from "../test/datasets.ts";
import { Neo4jStore, type Neo4jConnection } from "./neo4j-store.ts";
import { cypher, exclusiveDatabase, testServer } from "./test-server.ts";

const server = testServer();

type Files = Record<string, string>;

async function importInto(store: GraphStore, files: Files, name: string) {
  const dataset = await loadDataset(await writeDataset(files), { name });
  return store.importGraph(toEntityGraph(dataset));
}

/** The memory store after the same imports: the reference. */
async function memoryAfter(...imports: Array<[Files, string]>) {
  const memory = await MemoryStore.open(await mkdtemp(join(tmpdir(), "crosslink-store-")));
  for (const [files, name] of imports) await importInto(memory, files, name);
  return contents(await memory.loadGraph());
}

describe.skipIf("skip" in server)("Neo4jStore record identity on re-import", () => {
  const connection = server as Neo4jConnection;
  let release: () => Promise<void>;
  let store: Neo4jStore;

  beforeAll(async () => {
    release = await exclusiveDatabase(connection);
    store = await Neo4jStore.connect(connection, { batchSize: 2 });
  }, 600_000);

  beforeEach(async () => {
    await cypher(connection, "MATCH (n) DETACH DELETE n");
  });

  afterAll(async () => {
    await store?.close();
    await release?.();
  });

  it("re-importing an edited dataset leaves the store equal to a fresh import of it", async () => {
    await importInto(store, DATASET, "cases-2024");
    const summary = await importInto(store, EDITED, "cases-2024");
    expect(summary).toMatchObject({
      linksCreated: 2,
      linksRemoved: 3,
      entitiesUpdated: 3,
      entitiesRemoved: 1,
    });
    expect(contents(await store.loadGraph())).toEqual(await memoryAfter([EDITED, "cases-2024"]));
    const [row] = await cypher(connection, "MATCH ()-[r]->() RETURN count(r) AS n");
    expect(row?.n).toBe((await memoryAfter([EDITED, "cases-2024"])).edges.length);
  });

  it("a re-import of an unchanged dataset writes nothing", async () => {
    await importInto(store, DATASET, "cases-2024");
    const summary = await importInto(store, DATASET, "cases-2024");
    expect(summary).toMatchObject({
      entitiesCreated: 0,
      linksCreated: 0,
      entitiesUpdated: 0,
      linksUpdated: 0,
      entitiesRemoved: 0,
      linksRemoved: 0,
    });
  });

  it("a second dataset adds to the store without touching the first", async () => {
    await importInto(store, DATASET, "first");
    const summary = await importInto(store, SECOND, "second");
    expect(summary).toMatchObject({ entitiesCreated: 1, entitiesMatched: 1, linksCreated: 1 });
    expect(contents(await store.loadGraph())).toEqual(
      await memoryAfter([DATASET, "first"], [SECOND, "second"]),
    );
  });

  it("a conflict with another dataset is a file:line: field: message error and changes nothing", async () => {
    await importInto(store, WITH_TRANSFER, "first");
    const before = contents(await store.loadGraph());
    const error = await importInto(store, CONFLICTING, "second").catch((caught) => caught);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message.split("\n").sort()).toEqual(CONFLICT_MESSAGES);
    expect(contents(await store.loadGraph())).toEqual(before);
  });
});
