/**
 * Neo4j import paths (issue 14, item 4), side by side on the same generated
 * world: the first import by Neo4j's offline importer
 * (scripts/neo4j/offline-import.ts: files written, the importer run, the
 * server started on its store and the constraints built, until the store
 * answers; the full-text indexes populate in the background, and the time
 * until the first search answers, its index online, is reported beside it) against the transactional bulk path into an
 * empty database (CREATE, several writers), and the re-import of the
 * unchanged world against the first import, two ways: by the files' digest
 * (as `crosslink import --store neo4j` does first: the files hashed, nothing
 * read or written) and by the records' digests (the whole dataset read and
 * compared with what is stored, nothing written). The transactional path gets a server of its own, warmed by
 * importing a small world first (a cold JVM runs the first batches several
 * times slower), and the server's CPU seconds are recorded beside the time:
 * on this shared machine wall time follows the load, CPU time much less. At
 * 1M links the transactional path (most of an hour here) is left out.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateWorld } from "../../fixtures/generator/index.ts";
import {
  datasetName,
  loadDataset,
  sourceDigest,
  toEntityGraph,
} from "../../engine/ingest/index.ts";
import type { EntityGraph } from "../../engine/model/index.ts";
import { Neo4jStore, readDatasetColumns } from "../../engine/store/index.ts";
import { startNeo4j, type Neo4jServer } from "../neo4j/server.ts";
import { importOffline } from "../neo4j/offline-import.ts";
import neo4j from "neo4j-driver";
import type { Benchmark } from "./types.ts";
import { worldOnce } from "./worlds.ts";

const worlds = {
  quick: [{ persons: 1_000, label: "10k links", transactional: true }],
  full: [
    { persons: 10_000, label: "100k links", transactional: true },
    { persons: 100_000, label: "1M links", transactional: false },
  ],
};
const WARM_UP_PERSONS = 500;
/** `CROSSLINK_BENCH_ONLY="100k links"`: only the worlds named (CROSSLINK_BENCH_WORLDS: where they are kept, worlds.ts). */
const only = process.env.CROSSLINK_BENCH_ONLY?.split(",");

/** User and system CPU seconds of a process so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface Timed<T> {
  result: T;
  seconds: number;
  serverCpu: number;
}

async function timed<T>(server: Neo4jServer, work: () => Promise<T>): Promise<Timed<T>> {
  const cpu = cpuSeconds(server.pid);
  const start = process.hrtime.bigint();
  const result = await work();
  return {
    result,
    seconds: Number(process.hrtime.bigint() - start) / 1e9,
    serverCpu: cpuSeconds(server.pid) - cpu,
  };
}

const worldGraph = async (dataset: string) => toEntityGraph(await loadDataset(dataset));

/** A fresh server, warmed on a small world and emptied, then the world imported twice. */
async function importTwice(graph: EntityGraph, warmUp: EntityGraph, bulk: boolean) {
  const server = await startNeo4j({ heap: "1g", pageCache: "2g" });
  try {
    const warm = await Neo4jStore.connect(server, { bulk });
    await warm.importGraph(warmUp);
    await warm.close();
    const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
    await driver.executeQuery("MATCH (n) DETACH DELETE n").finally(() => driver.close());
    const store = await Neo4jStore.connect(server, { bulk });
    try {
      const first = await timed(server, () => store.importGraph(graph));
      if (first.result.linksCreated !== graph.size) {
        throw new Error(`neo4j-import bench: ${first.result.linksCreated} of ${graph.size} links`);
      }
      return { first, ...(await importAgain(server, store, graph)) };
    } finally {
      await store.close();
    }
  } finally {
    await server.stop();
  }
}

/** The unchanged world imported again, and what Neo4j's counters say it wrote. */
async function importAgain(server: Neo4jServer, store: Neo4jStore, graph: EntityGraph) {
  const before = Object.values(store.writes());
  const again = await timed(server, () => store.importGraph(graph));
  // Every counter: nodes and relationships created or deleted, properties set, labels.
  const written = Object.values(store.writes()).reduce(
    (sum, value, index) => sum + value - before[index]!,
    0,
  );
  return { again, written };
}

/**
 * The unchanged files again as `crosslink import --store neo4j` takes them:
 * hashed, and the digest compared with the one stored (dataset-sources.ts).
 */
async function unchangedFiles(server: Neo4jServer, store: Neo4jStore, dataset: string) {
  const name = datasetName(dataset);
  const before = Object.values(store.writes());
  const again = await timed(server, async () =>
    store.unchangedImport(name, await sourceDigest(dataset)),
  );
  if (again.result === undefined) throw new Error("neo4j-import bench: the files' digest differs");
  const written = Object.values(store.writes()).reduce(
    (sum, value, index) => sum + value - before[index]!,
    0,
  );
  return { again, written };
}

/**
 * The offline importer into a new store folder (the files' digest noted),
 * the server started on it, then the re-import of the unchanged files by
 * their digest and by the records' digests. The first import starts from the
 * dataset folder, as `crosslink import --offline` does: its files streamed
 * into columns (no graphology graph), the importer's files written from them.
 */
async function importOfflineThenAgain(dataset: string, storeDir: string) {
  const start = process.hrtime.bigint();
  const source = await sourceDigest(dataset);
  const { columns } = await readDatasetColumns(dataset);
  const readSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const { order, size } = columns;
  const { filesSeconds, importSeconds } = await importOffline(
    { records: columns, attributes: columns.attributes },
    { storeDir, source },
  );
  const serverStart = process.hrtime.bigint();
  const server = await startNeo4j({ storeDir, heap: "1g", pageCache: "2g" });
  const serverSeconds = Number(process.hrtime.bigint() - serverStart) / 1e9;
  try {
    // Connecting creates the constraints (online when it returns) and the other indexes, which
    // populate in the background (engine/store/neo4j/schema.ts): the store answers from here.
    const store = await Neo4jStore.connect(server);
    try {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const readySeconds = seconds - readSeconds - filesSeconds - importSeconds;
      // Until every index is online, the first search included (it waits for its index).
      await store.search("a", { clearance: "secret" });
      const indexedSeconds = Number(process.hrtime.bigint() - start) / 1e9;
      return {
        serverSeconds,
        indexedSeconds,
        order,
        size,
        seconds,
        readSeconds,
        filesSeconds,
        importSeconds,
        readySeconds,
        files: await unchangedFiles(server, store, dataset),
        ...(await importAgain(server, store, await worldGraph(dataset))),
      };
    } finally {
      await store.close();
    }
  } finally {
    await server.stop();
  }
}

const benchmark: Benchmark = {
  name: "neo4j-import",
  async run({ scale, workDir, record, log }) {
    const warmUpDir = join(workDir, "warm-up");
    await generateWorld({ persons: WARM_UP_PERSONS, seed: 2, out: warmUpDir });
    for (const world of worlds[scale].filter((each) => only?.includes(each.label) ?? true)) {
      const { dataset } = await worldOnce(world.persons, workDir, log);
      log("offline importer");
      const offline = await importOfflineThenAgain(
        dataset,
        join(workDir, `store-${world.persons}`),
      );
      const input = `world ${world.label} (${offline.size} links, ${offline.order} entities)`;
      const rate = (run: { seconds: number }) => Math.round(offline.size / run.seconds);
      const parts =
        `dataset read ${offline.readSeconds.toFixed(1)} s, files ${offline.filesSeconds.toFixed(1)} s, ` +
        `importer ${offline.importSeconds.toFixed(1)} s, ` +
        `server start ${offline.serverSeconds.toFixed(1)} s and constraints ` +
        `${(offline.readySeconds - offline.serverSeconds).toFixed(1)} s; ` +
        `the search index online after ${offline.indexedSeconds.toFixed(1)} s in all`;
      const offlineRate = rate(offline);
      if (world.transactional) {
        log("transactional bulk path");
        const graph = await worldGraph(dataset);
        const bulk = await importTwice(graph, await worldGraph(warmUpDir), true);
        record({
          operation:
            "neo4j first import: offline importer vs transactional bulk path (CREATE, 3 writers)",
          input,
          value: offline.seconds,
          unit: "s",
          baseline: { name: "bulk path", value: bulk.first.seconds },
          note:
            `${offlineRate} vs ${rate(bulk.first)} links/s; ${parts}; bulk path's server CPU ` +
            `${bulk.first.serverCpu.toFixed(1)} s`,
        });
      } else {
        record({
          operation:
            "neo4j first import: offline importer (transactional path not run at this size)",
          input,
          value: offline.seconds,
          unit: "s",
          note: `${offlineRate} links/s; ${parts}`,
        });
      }
      record({
        operation: "neo4j re-import of unchanged files (their digest) vs its offline first import",
        input,
        value: offline.files.again.seconds,
        unit: "s",
        baseline: { name: "first import", value: offline.seconds },
        note:
          `${offline.files.written} writes by Neo4j's counters; ` +
          `server CPU ${offline.files.again.serverCpu.toFixed(1)} s`,
      });
      record({
        operation: "neo4j re-import of unchanged data (record digests) vs its offline first import",
        input,
        value: offline.again.seconds,
        unit: "s",
        baseline: { name: "first import", value: offline.seconds },
        note:
          `${offline.written} writes by Neo4j's counters; ` +
          `server CPU ${offline.again.serverCpu.toFixed(1)} s`,
      });
    }
  },
};

export default benchmark;
