/**
 * The offline first import (offline-import.ts, import-files.ts): a store
 * built by Neo4j's importer holds exactly the database the transactional
 * import leaves, node for node and property for property (typed dates,
 * points, lists, integers, the store's own `_` properties); a re-import of
 * the same data into it writes nothing; and the importer never overwrites a
 * database that exists. The transactional import runs on the shared test
 * server, the offline one on a server of its own over the folder it built.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { Neo4jStore, readDatasetColumns, type Neo4jConnection } from "../../engine/store/index.ts";
import { NO_WRITES } from "../../engine/store/neo4j/executor.ts";
import { dump, exclusiveDatabase, testServer } from "../../engine/store/neo4j/test-server.ts";
import { importOffline } from "./offline-import.ts";
import { startNeo4j, type Neo4jServer } from "./server.ts";

const shared = testServer();
const demo = async () => toEntityGraph(await loadDataset("fixtures/demo"));
/** The demo world streamed into columns, as `crosslink import --offline` reads a dataset. */
const demoColumns = async () => {
  const { columns } = await readDatasetColumns("fixtures/demo");
  return { records: columns, attributes: columns.attributes };
};

describe.skipIf("skip" in shared)("the offline first import", () => {
  let folder: string;
  let server: Neo4jServer | undefined;
  let release: () => Promise<void>;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "crosslink-offline-"));
    release = await exclusiveDatabase(shared as Neo4jConnection);
  }, 600_000);

  afterAll(async () => {
    await server?.stop();
    await release?.();
    await rm(folder, { recursive: true, force: true });
  });

  it("builds the database the transactional import leaves, and a re-import writes nothing", async () => {
    const storeDir = join(folder, "store");
    await importOffline(await demoColumns(), { storeDir });
    server = await startNeo4j({ storeDir });
    const offline = await Neo4jStore.connect(server);
    try {
      const before = offline.writes();
      const graph = await demo();
      expect(await offline.importGraph(graph)).toMatchObject({
        entitiesCreated: 0,
        linksCreated: 0,
        entitiesUpdated: 0,
        linksUpdated: 0,
        entitiesMatched: graph.order,
        linksMatched: graph.size,
      });
      const after = offline.writes();
      for (const [name, count] of Object.entries(NO_WRITES)) {
        expect(after[name as keyof typeof after] - before[name as keyof typeof before], name).toBe(
          count,
        );
      }
    } finally {
      await offline.close();
    }

    const transactional = await Neo4jStore.connect(shared as Neo4jConnection);
    try {
      await transactional.importGraph(await demo());
    } finally {
      await transactional.close();
    }
    expect(await dump(server)).toEqual(await dump(shared as Neo4jConnection));
    await server.stop();
  }, 600_000);

  it("refuses a store folder that already holds the database, before writing a file", async () => {
    await expect(
      importOffline(await demoColumns(), { storeDir: join(folder, "store") }),
    ).rejects.toThrow(/already holds a database/);
  }, 300_000);
});
