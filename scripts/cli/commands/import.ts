/**
 * `crosslink import DIR`: validate and load into the store, all or nothing,
 * in named stages (read-dataset.ts: read files, check records, build graph;
 * then open store, write). The embedded store takes the dataset streamed
 * into columns, and knows files it imported before under the same name,
 * byte for byte, without reading them twice (a "compare files" stage, and
 * the store file's header answers: no record read, nothing written); Neo4j
 * takes it as a graphology graph and knows its files the same way
 * (engine/store/neo4j/dataset-sources.ts). With `--offline`, a first import
 * into Neo4j by its offline importer (scripts/neo4j/offline-import.ts) into a
 * store folder no server runs on.
 */
import { resolve } from "node:path";
import { datasetName, sourceDigest } from "../../../engine/ingest/index.ts";
import {
  readStoreHeader,
  unchangedImportOf,
  type MemoryStore,
  type Neo4jStore,
  type StoreCounts,
} from "../../../engine/store/index.ts";
import { openStore, storeName, type OpenStore, type StoreOptions } from "../open-store.ts";
import { withProgress, type Progress } from "../progress.ts";
import { printCounts } from "../print-counts.ts";
import { readColumns, readDataset } from "../read-dataset.ts";
import type { ImportSummary } from "../../../engine/store/types.ts";
import { UsageError } from "../errors.ts";

interface Imported {
  summary: ImportSummary;
  /** The store's records per type after the import. */
  counts: StoreCounts;
}

export interface ImportOptions extends StoreOptions {
  /** `--offline [store-dir]`: true when given without a folder. */
  offline?: string | true;
}

export async function run(dir: string, options: ImportOptions): Promise<void> {
  if (options.offline !== undefined) {
    if (options.store !== "neo4j") throw new UsageError("--offline needs --store neo4j");
    return importOfflineCommand(dir, options.offline);
  }
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

/** The files' digest, as a stage: a second of reading at 1M links, where the import takes minutes. */
async function compareFiles(dir: string, shown: Progress): Promise<string> {
  shown.stage("compare files", 1, true);
  return sourceDigest(dir, updates(shown));
}

async function importNeo4j(dir: string, options: StoreOptions, shown: Progress): Promise<Imported> {
  const source = await compareFiles(dir, shown);
  const store = (await openStore(options, shown)) as Neo4jStore;
  let summary: ImportSummary | undefined;
  try {
    summary = await store.unchangedImport(datasetName(dir), source);
    if (!summary) {
      const { dataset, graph } = await readDataset(dir, shown);
      printNotices(dataset.notices);
      shown.stage("write");
      summary = await store.importGraph(graph, { onProgress: updates(shown), source });
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  return afterImport(store, summary);
}

/**
 * The offline importer builds the database of a store folder that holds none
 * (refused before the dataset is read, which takes minutes at 1M links); the
 * server started on it afterwards builds the indexes on its first connection.
 */
async function importOfflineCommand(dir: string, offline: string | true): Promise<void> {
  const { importOffline, refuseExistingDatabase, DEFAULT_STORE_DIR } =
    await import("../../neo4j/offline-import.ts");
  const storeDir = resolve(
    offline === true ? (process.env.NEO4J_STORE ?? DEFAULT_STORE_DIR) : offline,
  );
  refuseExistingDatabase(storeDir);
  const counts = await withProgress("import", async (shown) => {
    const source = await compareFiles(dir, shown);
    // Streamed into columns, as for the embedded store: no graphology graph of the whole dataset.
    const { dataset, columns } = await readColumns(dir, shown);
    printNotices(dataset.notices);
    shown.stage("offline importer");
    await importOffline({ records: columns, attributes: columns.attributes }, { storeDir, source });
    return columns.counts();
  });
  const total = (counts: Record<string, number>) =>
    Object.values(counts).reduce((sum, count) => sum + count, 0);
  console.log(
    `imported ${dir} into the Neo4j store folder ${storeDir} by the offline importer: ` +
      `${total(counts.entities)} entities and ${total(counts.links)} links created`,
  );
  printCounts(counts);
  console.log(
    `start the server on it (NEO4J_STORE=${storeDir} npm run neo4j); its first connection builds the constraints and full-text indexes`,
  );
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
