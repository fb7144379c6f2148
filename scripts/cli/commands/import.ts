/**
 * `crosslink import DIR`: validate and load into the store, all or nothing,
 * in named stages (read-dataset.ts: read files, check records, build graph;
 * then open store, write). The embedded store takes the dataset streamed
 * into columns; Neo4j takes it as a graphology graph.
 */
import type { MemoryStore } from "../../../engine/store/index.ts";
import { openStore, storeName, type StoreOptions } from "../open-store.ts";
import { withProgress } from "../progress.ts";
import { printCounts } from "../print-counts.ts";
import { readColumns, readDataset } from "../read-dataset.ts";

export async function run(dir: string, options: StoreOptions): Promise<void> {
  const { store, summary } = await withProgress("import", async (shown) => {
    const memory = (options.store ?? "memory") === "memory";
    const read = memory ? await readColumns(dir, shown) : await readDataset(dir, shown);
    for (const notice of read.dataset.notices) console.error(`notice: ${notice}`);
    const store = await openStore(options, shown);
    shown.stage("write");
    const onProgress = (done: number, total: number) => shown.update(done, total);
    // Columns are read only for the embedded store.
    const summary =
      "columns" in read
        ? await (store as MemoryStore).importColumns(read.columns, { onProgress })
        : await store.importGraph(read.graph, { onProgress });
    return { store, summary };
  });
  console.log(
    `imported ${dir} into ${storeName(options)}: ${summary.entitiesCreated} entities and ${summary.linksCreated} links created, ` +
      `${summary.entitiesMatched} entities and ${summary.linksMatched} links already present` +
      (summary.entitiesUpdated || summary.linksUpdated
        ? `, ${summary.entitiesUpdated} entities and ${summary.linksUpdated} links updated`
        : "") +
      (summary.entitiesRemoved || summary.linksRemoved
        ? `, ${summary.entitiesRemoved} entities and ${summary.linksRemoved} links withdrawn`
        : ""),
  );
  printCounts(await store.counts());
  await store.close();
}
