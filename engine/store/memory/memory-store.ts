/**
 * The embedded store: the entities and links held in memory as columns
 * (columns/column-graph.ts) and persisted to a data folder (persist.ts)
 * after every import that changes them. Queries read the columns; a
 * graphology entity graph is built only for loadGraph (the analytics) and for
 * the subgraphs queries return.
 */
import {
  carryDecisions,
  MATCH_DECISIONS_ATTRIBUTE,
  pairKey,
  type EntityGraph,
  type EntityRecords,
  type MatchDecision,
} from "../../model/index.ts";
import {
  type GraphStore,
  type ImportSummary,
  type ProgressCallback,
  type StoreCounts,
} from "../types.ts";
import type {
  Caller,
  EgoOptions,
  GraphQueries,
  PathOptions,
  SearchOptions,
  WalkFilters,
} from "../queries.ts";
import {
  actorsOf,
  egoNetworkOf,
  entityRecord,
  recordsOf,
  searchGraph,
  shortestPathsOf,
  subgraphOf,
} from "./graph-queries.ts";
import { SearchIndex } from "./search-index.ts";
import { DatasetError } from "../../ingest/errors.ts";
import { mergeDataset } from "./merge-dataset.ts";
import { readGraph, removeStaleTemporaries, saveGraph } from "./persist.ts";
import { readMatchDecisionsFile, writeMatchDecisionsFile } from "./match-decisions-file.ts";
import { ColumnGraph } from "./columns/column-graph.ts";
import { unchangedImportOf } from "../unchanged-import.ts";

export const DEFAULT_DATA_DIR = "./data";

const firstImport = (incoming: ColumnGraph) => ({
  summary: {
    entitiesCreated: incoming.order,
    linksCreated: incoming.size,
    entitiesMatched: 0,
    linksMatched: 0,
  },
  problems: [],
  next: incoming,
});

export class MemoryStore implements GraphStore, GraphQueries {
  readonly kind = "memory" as const;

  private constructor(
    readonly dataDir: string,
    private graph: ColumnGraph,
    private decisions: MatchDecision[],
  ) {}

  /** The last graph loadGraph built (the server's), which decisions follow at once; the store does not keep it alive. */
  private loaded: WeakRef<EntityGraph> | undefined;

  /** Built on the first search after an import. */
  private index: SearchIndex | undefined;

  static async open(
    dataDir: string = DEFAULT_DATA_DIR,
    onProgress?: ProgressCallback,
  ): Promise<MemoryStore> {
    await removeStaleTemporaries(dataDir);
    return new MemoryStore(
      dataDir,
      (await readGraph(dataDir, onProgress)) ?? new ColumnGraph(),
      await readMatchDecisionsFile(dataDir),
    );
  }

  /** True when the data folder held no store when opened and nothing was imported since. */
  isEmpty(): boolean {
    return this.graph.order === 0;
  }

  /** Imports a dataset held as a graphology graph (tests, small datasets): its columns made first. */
  async importGraph(
    incoming: EntityGraph,
    options: { onProgress?: ProgressCallback } = {},
  ): Promise<ImportSummary> {
    return this.importColumns(ColumnGraph.fromEntityGraph(incoming), options);
  }

  /**
   * Imports a dataset's columns (dataset-columns.ts streams a dataset folder
   * into them), merged into new columns so that a failure midway leaves the
   * store as it was; an empty store takes the incoming columns as they are.
   */
  async importColumns(
    incoming: ColumnGraph,
    options: { onProgress?: ProgressCallback; source?: string } = {},
  ): Promise<ImportSummary> {
    const { summary, problems, next } =
      this.graph.order === 0 ? firstImport(incoming) : mergeDataset(this.graph, incoming);
    if (problems.length > 0) throw new DatasetError(problems);
    // The match decisions live in their own file (match-decisions-file.ts), not in the store file's header.
    const attributes = { ...this.graph.attributes, ...incoming.attributes };
    delete attributes[MATCH_DECISIONS_ATTRIBUTE];
    const sources = { ...this.graph.datasetSources };
    const name = incoming.attributes.dataset;
    if (options.source !== undefined && name !== undefined)
      sources[name] = { digest: options.source, entities: incoming.order, links: incoming.size };
    const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);
    if (
      !next &&
      same(attributes, this.graph.attributes) &&
      same(sources, this.graph.datasetSources)
    )
      return summary;
    const graph = next ?? this.graph;
    const before = { attributes: graph.attributes, datasetSources: graph.datasetSources };
    graph.attributes = attributes;
    graph.datasetSources = sources;
    await saveGraph(graph, this.dataDir, options.onProgress).catch((error: unknown) => {
      Object.assign(graph, before);
      throw error;
    });
    this.graph = graph;
    this.index = undefined;
    return summary;
  }

  /**
   * The summary of an import of files whose digest (ingest/source-digest.ts)
   * is the one last imported under `name`: every record already present,
   * nothing to read or write. Undefined when the files are not those.
   */
  unchangedImport(name: string, source: string): Required<ImportSummary> | undefined {
    return unchangedImportOf(this.graph.datasetSources, name, source);
  }

  /** The whole graph on graphology, built anew from the columns for each caller. */
  async loadGraph(options: { onProgress?: ProgressCallback } = {}): Promise<EntityGraph> {
    const graph = this.graph.toEntityGraph(options.onProgress);
    carryDecisions(graph, this.decisions);
    this.loaded = new WeakRef(graph);
    return graph;
  }

  /**
   * The whole graph for the analytics as the columns themselves, carrying
   * the match decisions: no graphology graph, no per-record objects.
   */
  async loadRecords(): Promise<EntityRecords> {
    this.graph.carryDecisions(this.decisions);
    return this.graph;
  }

  async matchDecisions(): Promise<MatchDecision[]> {
    return [...this.decisions];
  }

  async decideMatch(decision: MatchDecision): Promise<void> {
    const key = pairKey(decision.a, decision.b);
    await this.saveDecisions([
      ...this.decisions.filter((d) => pairKey(d.a, d.b) !== key),
      decision,
    ]);
  }

  async undoMatch(a: string, b: string): Promise<MatchDecision | null> {
    const key = pairKey(a, b);
    const before = this.decisions.find((d) => pairKey(d.a, d.b) === key) ?? null;
    if (before) await this.saveDecisions(this.decisions.filter((d) => d !== before));
    return before;
  }

  private async saveDecisions(decisions: MatchDecision[]): Promise<void> {
    await writeMatchDecisionsFile(this.dataDir, decisions);
    this.decisions = await readMatchDecisionsFile(this.dataDir);
    // The graph loadGraph handed out (the server's) follows at once.
    this.graph.carryDecisions(this.decisions);
    const loaded = this.loaded?.deref();
    if (loaded) carryDecisions(loaded, this.decisions);
  }

  async counts(): Promise<StoreCounts> {
    return this.graph.counts();
  }

  async search(text: string, options: SearchOptions) {
    this.index ??= new SearchIndex(this.graph);
    return searchGraph(this.graph, this.index, text, options);
  }

  async entity(id: string, options: Caller & { linkLimit?: number }) {
    return entityRecord(this.graph, id, options);
  }

  async records(ids: readonly string[], caller: Caller) {
    return recordsOf(this.graph, ids, caller);
  }

  async actors(ids: readonly string[], caller: Caller) {
    return actorsOf(this.graph, ids, caller);
  }

  egoNetwork(id: string, options: EgoOptions) {
    return egoNetworkOf(this.graph, id, options);
  }

  async subgraph(
    ids: readonly string[],
    options: Caller & Pick<WalkFilters, "from" | "to"> & { linkLimit?: number },
  ) {
    return subgraphOf(this.graph, ids, options);
  }

  async shortestPaths(from: string, to: string, options: PathOptions) {
    return shortestPathsOf(this.graph, from, to, options);
  }

  async close(): Promise<void> {}
}
