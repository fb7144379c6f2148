/**
 * The embedded store: the entity graph held in memory on graphology and
 * persisted to a data folder (persist.ts) after every import.
 */
import {
  carryDecisions,
  createEntityGraph,
  MATCH_DECISIONS_ATTRIBUTE,
  pairKey,
  type EntityGraph,
  type MatchDecision,
} from "../../model/index.ts";
import {
  countGraph,
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

export const DEFAULT_DATA_DIR = "./data";

export class MemoryStore implements GraphStore, GraphQueries {
  readonly kind = "memory" as const;

  private constructor(
    readonly dataDir: string,
    private graph: EntityGraph,
    private decisions: MatchDecision[],
  ) {}

  /** Built on the first search after an import. */
  private index: SearchIndex | undefined;

  static async open(
    dataDir: string = DEFAULT_DATA_DIR,
    onProgress?: ProgressCallback,
  ): Promise<MemoryStore> {
    await removeStaleTemporaries(dataDir);
    return new MemoryStore(
      dataDir,
      (await readGraph(dataDir, onProgress)) ?? createEntityGraph(),
      await readMatchDecisionsFile(dataDir),
    );
  }

  /** True when the data folder held no store when opened and nothing was imported since. */
  isEmpty(): boolean {
    return this.graph.order === 0;
  }

  async importGraph(
    incoming: EntityGraph,
    options: { onProgress?: ProgressCallback } = {},
  ): Promise<ImportSummary> {
    // Merge into a copy so that a failure midway leaves the store as it was;
    // an empty store simply adopts the incoming graph.
    const next = this.graph.order === 0 ? incoming : this.graph.copy();
    let summary: ImportSummary = {
      entitiesCreated: incoming.order,
      linksCreated: incoming.size,
      entitiesMatched: 0,
      linksMatched: 0,
    };
    if (next !== incoming) {
      const merged = mergeDataset(next, incoming);
      if (merged.problems.length > 0) throw new DatasetError(merged.problems);
      summary = merged.summary;
    }
    // The match decisions live in their own file (match-decisions-file.ts), not in the store file's header.
    next.replaceAttributes({ ...this.graph.getAttributes(), ...incoming.getAttributes() });
    next.removeAttribute(MATCH_DECISIONS_ATTRIBUTE);
    await saveGraph(next, this.dataDir, options.onProgress);
    this.graph = next;
    this.index = undefined;
    return summary;
  }

  async loadGraph(): Promise<EntityGraph> {
    carryDecisions(this.graph, this.decisions);
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
    carryDecisions(this.graph, this.decisions);
  }

  async counts(): Promise<StoreCounts> {
    return countGraph(this.graph);
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
