/**
 * Runs one import step in a fresh process so its time and peak memory are its own:
 * `import-child.ts parse|import|reload DATASET DATA_DIR` prints { seconds, peakMB, ... } as JSON.
 */
import { performance } from "node:perf_hooks";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { discoverDataset } from "../../engine/ingest/discover.ts";
import { readRows } from "../../engine/ingest/read-rows.ts";
import { MemoryStore } from "../../engine/store/index.ts";

const [mode, datasetDir, dataDir] = process.argv.slice(2) as [string, string, string];
const started = performance.now();
let detail: Record<string, number> = {};
if (mode === "parse") {
  // The baseline: reading every row with the same CSV parser, without validation or graph.
  let rows = 0;
  for (const file of (await discoverDataset(datasetDir)).files) {
    for await (const events of readRows(file))
      for (const event of events) if (event.kind === "row") rows++;
  }
  detail = { rows };
} else if (mode === "import") {
  const store = await MemoryStore.open(dataDir);
  const graph = toEntityGraph(await loadDataset(datasetDir));
  await store.importGraph(graph);
  detail = { entities: graph.order, links: graph.size };
} else {
  const graph = await (await MemoryStore.open(dataDir)).loadGraph();
  detail = { entities: graph.order, links: graph.size };
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, peakMB: process.resourceUsage().maxRSS / 1024, ...detail }));
