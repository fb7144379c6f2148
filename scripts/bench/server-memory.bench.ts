/**
 * Server memory (issue 14, item 6): the server on Neo4j, which holds no
 * graph and reads each clearance level's stored analysis, against the
 * embedded server, which holds the graph and each level's view, on the same
 * generated world. Each server runs in its own process
 * (server-memory-child.ts); RSS and heap in use are taken after a full
 * collection, once every level is ready and again after a battery of
 * requests. Neo4j's own memory (its JVM) is not the server's and is left out.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Neo4jStore, readDatasetColumns } from "../../engine/store/index.ts";
import { startNeo4j } from "../neo4j/server.ts";
import { importOffline } from "../neo4j/offline-import.ts";
import { runChild } from "./child-process.ts";
import { worldOnce } from "./worlds.ts";
import type { Benchmark } from "./types.ts";

const worlds = {
  quick: [{ persons: 1_000, label: "10k links" }],
  full: [
    { persons: 10_000, label: "100k links" },
    { persons: 30_000, label: "300k links" },
    // The embedded peer at 1M links did not finish analysing its levels in 7.5 minutes at 5.8 GB (8 December).
    { persons: 100_000, label: "1M links", embedded: false },
  ],
};
/** `CROSSLINK_BENCH_ONLY="100k links"`: only the worlds named (CROSSLINK_BENCH_WORLDS: where they are kept, worlds.ts). */
const only = process.env.CROSSLINK_BENCH_ONLY?.split(",");

const runTs = fileURLToPath(new URL("../../bin/run-ts.js", import.meta.url));
const CHILD = fileURLToPath(new URL("./server-memory-child.ts", import.meta.url));
const IMPORT_CHILD = fileURLToPath(new URL("./import-child.ts", import.meta.url));

interface Memory {
  rssMB: number;
  heapMB: number;
}
interface Served {
  startSeconds: number;
  afterStart: Memory;
  batterySeconds: number;
  afterBattery: Memory;
  loads: number;
  /** Seconds to open a level not held (its analysis read from its file on Neo4j). */
  switchSeconds: number;
  /** Seconds of the battery per kind of request. */
  requests: Record<string, number>;
}

function child<T>(args: string[], env: NodeJS.ProcessEnv = {}): T {
  const output = execFileSync(process.execPath, ["--expose-gc", runTs, CHILD, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
    env: { ...process.env, ...env },
  });
  return JSON.parse(output.trim().split("\n").pop()!) as T;
}

const benchmark: Benchmark = {
  name: "server-memory",
  async run({ scale, workDir, record, log }) {
    for (const world of worlds[scale].filter((each) => only?.includes(each.label) ?? true)) {
      const { dataset } = await worldOnce(world.persons, workDir, log);
      let embedded: Served | undefined;
      let embeddedFailure = "; embedded server not run at this size";
      if (!("embedded" in world)) {
        const memoryDir = join(workDir, `memory-${world.persons}`);
        log("embedded store: import");
        runChild(IMPORT_CHILD, ["import", dataset, memoryDir]);
        log("embedded server: every level analysed, then the battery");
        // The peer may fail where the server on Neo4j does not (the whole graph in Node's default heap): said, not fatal.
        try {
          embedded = child<Served>(["memory", memoryDir]);
          embeddedFailure = "";
        } catch (error) {
          embeddedFailure = `; embedded server failed: ${(error as Error).message.split("\n")[0]}`;
        }
      }

      log("Neo4j: offline import");
      const { columns } = await readDatasetColumns(dataset);
      const input = `world ${world.label} (${columns.size} links, ${columns.order} entities)`;
      // The offline importer: a 1M-link world in minutes, where transactions took most of an hour.
      const storeDir = join(workDir, `neo4j-store-${world.persons}`);
      await importOffline({ records: columns, attributes: columns.attributes }, { storeDir });
      const server = await startNeo4j({ storeDir, heap: "1g", pageCache: "1g" });
      try {
        const env = {
          NEO4J_URI: server.uri,
          NEO4J_USER: server.user,
          NEO4J_PASSWORD: server.password,
        };
        // Connecting builds the constraints and full-text indexes the queries use.
        await (await Neo4jStore.connect(server)).close();
        const neo4jDir = join(workDir, `neo4j-${world.persons}`);
        log("Neo4j: stored analyses of every level");
        const levels = child<{
          seconds: number;
          cpuSeconds: number;
          sizes: Record<string, number>;
        }>(["levels", neo4jDir], env);
        const megabytes = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
        record({
          operation: "stored analyses of every level (the secret level's file)",
          input,
          value: Number(megabytes(levels.sizes.secret ?? 0)),
          unit: "MB",
          note:
            `written in ${levels.seconds.toFixed(1)} s, CPU ${levels.cpuSeconds.toFixed(1)} s ` +
            `(reading the graph from Neo4j included); files ` +
            Object.entries(levels.sizes)
              .map(([level, bytes]) => `${level} ${megabytes(bytes)}`)
              .join(", ") +
            " MB",
        });
        log("server on Neo4j: start, then the battery");
        const neo4j = child<Served>(["neo4j", neo4jDir], env);
        if (neo4j.loads > 0) throw new Error(`server-memory: the server on Neo4j read the graph`);
        record({
          operation: "server RSS after start (every level ready): on Neo4j vs embedded",
          input,
          value: neo4j.afterStart.rssMB,
          unit: "MB",
          ...(embedded && { baseline: { name: "embedded", value: embedded.afterStart.rssMB } }),
          note:
            `heap ${versus(neo4j.afterStart.heapMB, embedded?.afterStart.heapMB)} MB; ready in ` +
            `${versus(neo4j.startSeconds.toFixed(1), embedded?.startSeconds.toFixed(1))} s ` +
            `(levels stored beforehand in ${levels.seconds.toFixed(1)} s)${embeddedFailure}`,
        });
        record({
          operation: "server RSS after a request battery: on Neo4j vs embedded",
          input,
          value: neo4j.afterBattery.rssMB,
          unit: "MB",
          ...(embedded && { baseline: { name: "embedded", value: embedded.afterBattery.rssMB } }),
          note:
            `heap ${versus(neo4j.afterBattery.heapMB, embedded?.afterBattery.heapMB)} MB; battery ` +
            `${versus(neo4j.batterySeconds.toFixed(1), embedded?.batterySeconds.toFixed(1))} s; ` +
            `whole-graph reads on the server's thread: ${neo4j.loads}; on Neo4j by request ` +
            Object.entries(neo4j.requests)
              .map(([kind, seconds]) => `${kind} ${seconds.toFixed(2)}`)
              .join(", ") +
            " s",
        });
        record({
          operation: "server on Neo4j: a level not held opened for a user of that clearance",
          input,
          value: neo4j.switchSeconds,
          unit: "s",
          ...(embedded && { baseline: { name: "embedded", value: embedded.switchSeconds } }),
          note: "the mean of two switches (to restricted, back to secret) after the battery; the embedded server holds every level",
        });
      } finally {
        await server.stop();
      }
    }
  },
};

/** "ours vs theirs", or ours alone when the embedded peer failed. */
function versus(ours: number | string, theirs: number | string | undefined): string {
  return theirs === undefined ? `${ours}` : `${ours} vs ${theirs}`;
}

export default benchmark;
