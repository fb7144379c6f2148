/**
 * Neo4j import paths (issue 14, item 4), side by side on the same generated
 * world: the first import by Neo4j's offline importer
 * (scripts/neo4j/offline-import.ts: files written, the importer run, the
 * server started on its store and the constraints and full-text indexes
 * built, until the store answers) against the transactional bulk path into an
 * empty database (CREATE, several writers), and the re-import of the
 * unchanged world (digests compared, nothing written) against the first
 * import. The transactional path gets a server of its own, warmed by
 * importing a small world first (a cold JVM runs the first batches several
 * times slower), and the server's CPU seconds are recorded beside the time:
 * on this shared machine wall time follows the load, CPU time much less. At
 * 1M links the transactional path (most of an hour here) is left out.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateWorld } from "../../fixtures/generator/index.ts";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import type { EntityGraph } from "../../engine/model/index.ts";
import { Neo4jStore } from "../../engine/store/index.ts";
import { startNeo4j, type Neo4jServer } from "../neo4j/server.ts";
import { importOffline } from "../neo4j/offline-import.ts";
import neo4j from "neo4j-driver";
import type { Benchmark } from "./types.ts";

const worlds = {
  quick: [{ persons: 1_000, label: "10k links", transactional: true }],
  full: [
    { persons: 10_000, label: "100k links", transactional: true },
    { persons: 100_000, label: "1M links", transactional: false },
  ],
};
const WARM_UP_PERSONS = 500;
/** `CROSSLINK_BENCH_WORLDS="100k links"`: only the worlds named (the 1M run takes most of an hour here). */
const only = process.env.CROSSLINK_BENCH_WORLDS?.split(",");

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

/** The offline importer into a new store folder, the server started on it, then the re-import. */
async function importOfflineThenAgain(graph: EntityGraph, storeDir: string) {
  const start = process.hrtime.bigint();
  const { filesSeconds, importSeconds } = await importOffline(graph, { storeDir });
  const server = await startNeo4j({ storeDir, heap: "1g", pageCache: "2g" });
  try {
    // Connecting creates the constraints and full-text indexes and waits for them.
    const store = await Neo4jStore.connect(server);
    try {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const readySeconds = seconds - filesSeconds - importSeconds;
      return {
        seconds,
        filesSeconds,
        importSeconds,
        readySeconds,
        ...(await importAgain(server, store, graph)),
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
      const dataset = join(workDir, `world-${world.persons}`);
      log(`generating ${world.persons} persons`);
      await generateWorld({ persons: world.persons, seed: 1, out: dataset });
      const graph = await worldGraph(dataset);
      const input = `world ${world.label} (${graph.size} links, ${graph.order} entities)`;
      const rate = (run: Timed<unknown>) => Math.round(graph.size / run.seconds);

      log("offline importer");
      const offline = await importOfflineThenAgain(graph, join(workDir, `store-${world.persons}`));
      const parts =
        `files ${offline.filesSeconds.toFixed(1)} s, importer ${offline.importSeconds.toFixed(1)} s, ` +
        `server start and indexes ${offline.readySeconds.toFixed(1)} s`;
      const offlineRate = Math.round(graph.size / offline.seconds);
      if (world.transactional) {
        log("transactional bulk path");
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
        operation: "neo4j re-import of unchanged data (digests) vs its offline first import",
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
