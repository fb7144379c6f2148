/**
 * `crosslink import DIR`: validate and load into the store, all or nothing,
 * in named stages (read-dataset.ts: read files, check records, build graph;
 * then open store, write). The embedded store takes the dataset streamed
 * into columns, and knows files it imported before under the same name,
 * byte for byte, without reading them twice (a "compare files" stage, and
 * the store file's header answers: no record read, nothing written); Neo4j
 * takes it as a graphology graph.
 */
import { datasetName, sourceDigest } from "../../../engine/ingest/index.ts";
import {
  readStoreHeader,
  unchangedImportOf,
  type MemoryStore,
  type StoreCounts,
} from "../../../engine/store/index.ts";
import { openStore, storeName, type OpenStore, type StoreOptions } from "../open-store.ts";
import { withProgress, type Progress } from "../progress.ts";
import { printCounts } from "../print-counts.ts";
import { readColumns, readDataset } from "../read-dataset.ts";
import type { ImportSummary } from "../../../engine/store/types.ts";

interface Imported {
  summary: ImportSummary;
  /** The store's records per type after the import. */
  counts: StoreCounts;
}

export async function run(dir: string, options: StoreOptions): Promise<void> {
  const { summary, counts } = await withProgress("import", (shown) =>
    (options.store ?? "memory") === "memory"
      ? importEmbedded(dir, options, shown)
      : importNeo4j(dir, options, shown),
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
  printCounts(counts);
}

const updates = (shown: Progress) => (done: number, total: number) => shown.update(done, total);

const printNotices = (notices: readonly string[]) => {
  for (const notice of notices) console.error(`notice: ${notice}`);
};

async function importNeo4j(dir: string, options: StoreOptions, shown: Progress): Promise<Imported> {
  const { dataset, graph } = await readDataset(dir, shown);
  printNotices(dataset.notices);
  const store = await openStore(options, shown);
  shown.stage("write");
  return afterImport(store, await store.importGraph(graph, { onProgress: updates(shown) }));
}

/** The summary and the store's counts, the store closed. */
async function afterImport(store: OpenStore, summary: ImportSummary): Promise<Imported> {
  try {
    return { summary, counts: await store.counts() };
  } finally {
    await store.close();
  }
}

async function importEmbedded(
  dir: string,
  options: StoreOptions,
  shown: Progress,
): Promise<Imported> {
  const name = datasetName(dir);
  let source: string | undefined;
  const header = await readStoreHeader(options.dataDir);
  if (header.sources[name]) {
    shown.stage("compare files", 1, true);
    source = await sourceDigest(dir, updates(shown));
    const summary = unchangedImportOf(header.sources, name, source);
    // The header says everything of an unchanged import: no record is read (older files lack the counts).
    if (summary && header.counts) return { summary, counts: header.counts };
    if (summary) return afterImport(await openStore(options, shown), summary);
  }
  const { dataset, columns } = await readColumns(dir, shown);
  printNotices(dataset.notices);
  const store = await openStore(options, shown);
  shown.stage("write");
  // The files' digest, for the next import of the same files, read once more unless compared above.
  source ??= await sourceDigest(dir);
  const onProgress = updates(shown);
  return afterImport(
    store,
    await (store as MemoryStore).importColumns(columns, { onProgress, source }),
  );
}
