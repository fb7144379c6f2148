/**
 * The store a command works on: the embedded memory store (default) or, with
 * `--store neo4j`, the Neo4j server named by NEO4J_URI, NEO4J_USER and
 * NEO4J_PASSWORD.
 */
import type { Analysis, Csr, ExternalMeasures } from "../../engine/analytics/index.ts";
import {
  MemoryStore,
  Neo4jStore,
  type GraphQueries,
  type GraphStore,
  type Neo4jConnection,
  type WriteBackSummary,
} from "../../engine/store/index.ts";
import type { EntityGraph, EntityRecords } from "../../engine/model/index.ts";
import { DataError, UsageError } from "./errors.ts";
import type { Progress } from "./progress.ts";
import type { StoreKind } from "./options.ts";

export interface StoreOptions {
  store?: StoreKind;
  dataDir: string;
}

export type OpenStore = GraphStore & GraphQueries;

/** The store; `shown` hears of the embedded store's read of its file (the "open store" stage). */
export async function openStore(options: StoreOptions, shown?: Progress): Promise<OpenStore> {
  shown?.stage("open store");
  return (options.store ?? "memory") === "memory"
    ? MemoryStore.open(options.dataDir, (done, total) => shown?.update(done, total))
    : openNeo4j();
}

/** The store, open while `use` runs and closed after, whatever happens. */
export async function withStore<T>(
  options: StoreOptions,
  shown: Progress | undefined,
  use: (store: OpenStore) => Promise<T>,
): Promise<T> {
  const store = await openStore(options, shown);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** The store's whole graph, read in named stages; an empty store is a data error. */
export function readStoreGraph(options: StoreOptions, shown?: Progress): Promise<EntityGraph> {
  return withStore(options, shown, (store) => storeGraph(store, options, shown));
}

/**
 * The store's whole graph for the analytics: the embedded store's columns as
 * they are (no "read store" stage: nothing is read), Neo4j's graph read in
 * full; an empty store is a data error.
 */
export function readStoreRecords(options: StoreOptions, shown?: Progress): Promise<EntityRecords> {
  return withStore(options, shown, async (store) => {
    if (!(store instanceof MemoryStore)) return storeGraph(store, options, shown);
    if (await storeIsEmpty(store)) throw emptyStore(options);
    return store.loadRecords();
  });
}

/** The whole graph of an open store; an empty store is a data error. */
export async function storeGraph(
  store: OpenStore,
  options: StoreOptions,
  shown?: Progress,
): Promise<EntityGraph> {
  if (await storeIsEmpty(store)) throw emptyStore(options);
  shown?.stage("read store");
  return store.loadGraph({ onProgress: (done, total) => shown?.update(done, total) });
}

/** The one error for an empty store, whichever command meets it. */
export const emptyStore = (options: StoreOptions) =>
  new DataError(`the store (${storeName(options)}) is empty: import a dataset first`);

/** Scores and communities onto the Neo4j graph, for Browser and Bloom users. */
export async function writeBack(analysis: Analysis): Promise<WriteBackSummary> {
  const store = await openNeo4j();
  try {
    return await store.writeAnalysis(analysis);
  } finally {
    await store.close();
  }
}

/**
 * Communities, PageRank and, while exact, betweenness (by hops, as the
 * analysis's) of a person network, by Graph Data Science in Neo4j.
 */
export async function gdsMeasures(
  csr: Csr,
  options: { pagerankAlpha: number; exactBetweenness: boolean },
): Promise<ExternalMeasures> {
  const store = await openNeo4j();
  try {
    const found = await store.gdsAnalytics(csr, {
      pagerankAlpha: options.pagerankAlpha,
      weightedBetweenness: false,
      betweenness: options.exactBetweenness,
    });
    return { engine: "gds", ...found };
  } finally {
    await store.close();
  }
}

function openNeo4j(): Promise<Neo4jStore> {
  return Neo4jStore.connect(neo4jConnection());
}

/** The Neo4j server named by the environment. */
export function neo4jConnection(): Neo4jConnection {
  const { NEO4J_URI: uri, NEO4J_USER: user = "neo4j", NEO4J_PASSWORD: password } = process.env;
  if (!uri || password === undefined) {
    throw new UsageError(
      "--store neo4j needs NEO4J_URI (such as bolt://127.0.0.1:7687) and NEO4J_PASSWORD in the environment",
    );
  }
  return { uri, user, password };
}

/** Where the store is, for messages. */
export const storeName = (options: StoreOptions) =>
  options.store === "neo4j" ? `Neo4j at ${process.env.NEO4J_URI}` : options.dataDir;

/** True when the store holds no entity yet (either kind of store). */
export async function storeIsEmpty(store: GraphStore): Promise<boolean> {
  return Object.values((await store.counts()).entities).every((count) => count === 0);
}
