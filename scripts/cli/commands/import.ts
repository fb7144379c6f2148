/** `crosslink import DIR`: validate and load into the store, all or nothing. */
import { loadDataset, toEntityGraph } from "../../../engine/ingest/index.ts";
import { openStore, storeName, type StoreOptions } from "../open-store.ts";
import { withProgress } from "../progress.ts";
import { printCounts } from "../print-counts.ts";

export async function run(dir: string, options: StoreOptions): Promise<void> {
  const dataset = await withProgress("validate", (bar) =>
    loadDataset(dir, { onProgress: (done, total) => bar.update(done, total) }),
  );
  for (const notice of dataset.notices) console.error(`notice: ${notice}`);
  const store = await openStore(options);
  const summary = await withProgress(options.store === "neo4j" ? "import" : "persist", (bar) =>
    store.importGraph(toEntityGraph(dataset), {
      onProgress: (done, total) => bar.update(done, total),
    }),
  );
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
