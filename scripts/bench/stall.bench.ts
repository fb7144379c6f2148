/**
 * The event loop while the server builds a clearance level's view (issue 15):
 * the longest stall, measured as the longest gap between turns of a timer,
 * while one level's analysis runs in a worker thread (the server's way)
 * beside the same analysis in process (the baseline, as the server did
 * before). What remains with the worker is the structured clone of the view
 * and of the Analysis, and the view's own indexes.
 *
 * Run as a child: `stall.bench.ts DATASET worker|process` prints the figures as JSON.
 */
import { mkdtemp } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { analyzeWithNetwork } from "../../engine/analytics/index.ts";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { MemoryStore } from "../../engine/store/index.ts";
import { buildApp } from "../../server/app.ts";
import { runChild } from "./child-process.ts";
import type { Benchmark } from "./types.ts";
import { generatedWorlds } from "./worlds.ts";

const self = fileURLToPath(import.meta.url);

interface ChildResult {
  stallMs: number;
  seconds: number;
}

async function child(dataset: string, how: string): Promise<ChildResult> {
  const dataDir = await mkdtemp(join(dataset, "..", "data-"));
  const store = await MemoryStore.open(dataDir);
  await store.importGraph(toEntityGraph(await loadDataset(dataset)));
  const app = await buildApp({
    store,
    dataDir,
    // The engine's analysis on the event loop, where an embedder could call it.
    ...(how === "process" && { analyze: (graph) => analyzeWithNetwork(graph) }),
  });
  // The longest gap between the turns of a 5 ms interval timer.
  let last = performance.now();
  let stallMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  await app.world.view("secret");
  const seconds = (performance.now() - started) / 1000;
  // A stall that ends with the view is counted when the timer next turns.
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(ticker);
  await app.close();
  return { stallMs, seconds };
}

const benchmark: Benchmark = {
  name: "stall",
  async run(context) {
    for await (const { dataset, label } of generatedWorlds(context)) {
      context.log(`one level's view, in a worker and in process: ${label}`);
      const worker = runChild<ChildResult>(self, [dataset, "worker"]);
      const inProcess = runChild<ChildResult>(self, [dataset, "process"]);
      context.record({
        operation: "longest event-loop stall while a level's analysis runs",
        input: label,
        value: worker.stallMs,
        unit: "ms",
        baseline: { name: "analysis in process", value: inProcess.stallMs },
        note: `view built in ${worker.seconds.toFixed(1)} s (in process ${inProcess.seconds.toFixed(1)} s)`,
      });
    }
  },
};

export default benchmark;

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  console.log(JSON.stringify(await child(process.argv[2]!, process.argv[3]!)));
}
