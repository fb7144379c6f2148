/**
 * `crosslink import DIR`: validate and load into the store, all or nothing,
 * in named stages (read files, check records, build graph, open store, write).
 */
import { openStore, storeName, type StoreOptions } from "../open-store.ts";
import { withProgress } from "../progress.ts";
import { printCounts } from "../print-counts.ts";
import { readDataset } from "../read-dataset.ts";

export async function run(dir: string, options: StoreOptions): Promise<void> {
  const { store, summary } = await withProgress("import", async (shown) => {
    const { dataset, graph } = await readDataset(dir, shown);
    for (const notice of dataset.notices) console.error(`notice: ${notice}`);
    const store = await openStore(options, shown);
    shown.stage("write");
    const summary = await store.importGraph(graph, {
      onProgress: (done, total) => shown.update(done, total),
    });
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
