/**
 * Neo4j import paths (issue 14, item 4), side by side on the same generated
 * world: the first import into an empty database by the bulk path (CREATE,
 * several writers) against the MERGE path (one writer, as every import was
 * before), and the re-import of the unchanged world (digests compared, nothing
 * written) against writing it all. Each path gets a server of its own, warmed
 * by importing a small world first (a cold JVM runs the first batches several
 * times slower), and the server's CPU seconds are recorded beside the time:
 * on this shared machine wall time follows the load, CPU time much less.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateWorld } from "../../fixtures/generator/index.ts";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import type { EntityGraph } from "../../engine/model/index.ts";
import { Neo4jStore } from "../../engine/store/index.ts";
import { startNeo4j, type Neo4jServer } from "../neo4j/server.ts";
import neo4j from "neo4j-driver";
import type { Benchmark } from "./types.ts";

const worlds = {
  quick: [{ persons: 1_000, label: "10k links" }],
  full: [
    { persons: 10_000, label: "100k links" },
    { persons: 100_000, label: "1M links" },
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
      const before = Object.values(store.writes());
      const again = await timed(server, () => store.importGraph(graph));
      // Every counter: nodes and relationships created or deleted, properties set, labels.
      const written = Object.values(store.writes()).reduce(
        (sum, value, index) => sum + value - before[index]!,
        0,
      );
      return { first, again, written };
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

      log("MERGE path, one writer");
      // Each path gets its own copy: an import may keep the graph it is given.
      const merge = await importTwice(
        await worldGraph(dataset),
        await worldGraph(warmUpDir),
        false,
      );
      log("bulk path");
      const bulk = await importTwice(graph, await worldGraph(warmUpDir), true);

      record({
        operation: "neo4j first import: bulk (CREATE, 3 writers) vs MERGE (1 writer)",
        input,
        value: bulk.first.seconds,
        unit: "s",
        baseline: { name: "MERGE path", value: merge.first.seconds },
        note:
          `${rate(bulk.first)} vs ${rate(merge.first)} links/s; server CPU ` +
          `${bulk.first.serverCpu.toFixed(1)} vs ${merge.first.serverCpu.toFixed(1)} s`,
      });
      record({
        operation: "neo4j re-import of unchanged data (digests) vs its bulk first import",
        input,
        value: bulk.again.seconds,
        unit: "s",
        baseline: { name: "first import", value: bulk.first.seconds },
        note:
          `${bulk.written} writes by Neo4j's counters; ` +
          `server CPU ${bulk.again.serverCpu.toFixed(1)} s; after the MERGE path's import ` +
          `${merge.again.seconds.toFixed(1)} s, ${merge.written} written`,
      });
    }
  },
};

export default benchmark;
