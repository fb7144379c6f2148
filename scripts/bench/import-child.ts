/**
 * Runs one store step in a fresh process with Node's default settings, so
 * its time and peak memory are its own:
 * `import-child.ts parse|import|reload|graph|analyze DATASET DATA_DIR`
 * prints { seconds, cpuSeconds, peakMB, ... } as JSON.
 *
 * - parse: every row read with the CSV parser, nothing else (the baseline);
 * - import: the dataset streamed into columns and imported, as `crosslink import` does (a re-import of the files imported before: their digest compared with the store file's header, no record read);
 * - reload: the store opened (its columns read from the file);
 * - graph: the store opened and its whole graphology graph built (what the server holds);
 * - analyze: the store opened, analysed from its columns and the Analysis written, as `crosslink analyze` does.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyze, writeAnalysisFile } from "../../engine/analytics/index.ts";
import { datasetName, sourceDigest } from "../../engine/ingest/index.ts";
import { discoverDataset } from "../../engine/ingest/discover.ts";
import { readRows } from "../../engine/ingest/read-rows.ts";
import {
  MemoryStore,
  readDatasetColumns,
  readStoreHeader,
  unchangedImportOf,
} from "../../engine/store/index.ts";

const [mode, datasetDir, dataDir] = process.argv.slice(2) as [string, string, string];
const started = performance.now();
let detail: Record<string, number> = {};
if (mode === "parse") {
  let rows = 0;
  for (const file of (await discoverDataset(datasetDir)).files) {
    for await (const events of readRows(file))
      for (const event of events) if (event.kind === "row") rows++;
  }
  detail = { rows };
} else if (mode === "import") {
  // As `crosslink import` does: files imported before under the name, byte for byte, are
  // answered from the store file's header, no record read.
  const source = await sourceDigest(datasetDir);
  const header = await readStoreHeader(dataDir);
  const unchanged = unchangedImportOf(header.sources, datasetName(datasetDir), source);
  if (unchanged) {
    detail = { ...unchanged, links: unchanged.linksMatched };
  } else {
    const store = await MemoryStore.open(dataDir);
    const summary = await store.importColumns((await readDatasetColumns(datasetDir)).columns, {
      source,
    });
    detail = { ...summary, links: (await store.loadRecords()).size };
  }
} else if (mode === "reload") {
  const records = await (await MemoryStore.open(dataDir)).loadRecords();
  detail = { entities: records.order, links: records.size };
} else if (mode === "graph") {
  const graph = await (await MemoryStore.open(dataDir)).loadGraph();
  detail = { entities: graph.order, links: graph.size };
} else {
  const records = await (await MemoryStore.open(dataDir)).loadRecords();
  const analysis = analyze(records, { seed: 1 });
  await writeAnalysisFile(join(dataDir, "analysis.json"), analysis);
  detail = {
    links: records.size,
    persons: analysis.summary.persons,
    ties: analysis.summary.ties,
    modularity: analysis.summary.modularity,
  };
}
const seconds = (performance.now() - started) / 1000;
const usage = process.resourceUsage();
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
console.log(JSON.stringify({ seconds, cpuSeconds, peakMB: usage.maxRSS / 1024, ...detail }));
