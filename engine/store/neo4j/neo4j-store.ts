/**
 * The Neo4j store: the same GraphStore as the memory store, on a Neo4j 5
 * server, plus the write-back of an Analysis. Every query goes through one
 * Executor; all Cypher of the project lives in this folder.
 */
import neo4j from "neo4j-driver";
import type { Analysis } from "../../analytics/index.ts";
import { carryDecisions, type EntityGraph, type MatchDecision } from "../../model/index.ts";
import type {
  Caller,
  EgoOptions,
  GraphQueries,
  PathOptions,
  SearchOptions,
  WalkFilters,
} from "../queries.ts";
import type { GraphStore, ImportSummary, ProgressCallback, StoreCounts } from "../types.ts";
import type { Csr } from "../../analytics/csr.ts";
import { Neo4jBoardLog } from "./board-log.ts";
import { Executor, type WriteCounters } from "./executor.ts";
import { gdsAnalytics, type GdsOptions, type GdsResults } from "./gds.ts";
import { DEFAULT_BATCH_SIZE, DEFAULT_WRITERS, importEntityGraph } from "./import-graph.ts";
import { DEFAULT_PAGE_SIZE, readEntityGraph } from "./read-graph.ts";
import { ensureSchema } from "./schema.ts";
import { unchangedImport } from "./dataset-sources.ts";
import { addMissingQueryProperties } from "./query-properties.ts";
import { rewriteLegacyProperties } from "./legacy-properties.ts";
import { writeAnalysis, type WriteBackSummary } from "./write-analysis.ts";
import { actors, egoNetwork, entity, records, shortestPaths, subgraph } from "./graph-queries.ts";
import { search } from "./search.ts";
import { deleteMatchDecision, readMatchDecisions, writeMatchDecision } from "./match-decisions.ts";
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from "./vocabulary.ts";

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** Default "neo4j", the one database of Community edition. */
  database?: string;
}

export interface Neo4jStoreOptions {
  /** Rows per import transaction. */
  batchSize?: number;
  /** Whether a first import into an empty database takes the bulk path (import-graph.ts). */
  bulk?: boolean;
  /** Writers at once on the bulk path. */
  writers?: number;
  /** Rows per read page of loadGraph. */
  pageSize?: number;
}

export const defaultNeo4jStoreOptions = {
  database: "neo4j",
  batchSize: DEFAULT_BATCH_SIZE,
  bulk: true,
  writers: DEFAULT_WRITERS,
  pageSize: DEFAULT_PAGE_SIZE,
};

export class Neo4jStore implements GraphStore, GraphQueries {
  readonly kind = "neo4j" as const;

  private constructor(
    private readonly executor: Executor,
    private readonly options: Required<Neo4jStoreOptions>,
  ) {}

  /** Connects, checks the login and the database, and creates constraints and indexes. */
  static async connect(
    connection: Neo4jConnection,
    options: Neo4jStoreOptions = {},
  ): Promise<Neo4jStore> {
    const database = connection.database ?? defaultNeo4jStoreOptions.database;
    const driver = neo4j.driver(
      connection.uri,
      neo4j.auth.basic(connection.user, connection.password),
      {
        // Integers come back as numbers (properties.ts says why that is exact here).
        disableLosslessIntegers: true,
        // The driver's own retries would hide a down server for 30 s per query.
        maxTransactionRetryTime: 5_000,
      },
    );
    const executor = new Executor(driver, { uri: connection.uri, user: connection.user, database });
    try {
      await executor.verify();
      await ensureSchema(executor);
      await rewriteLegacyProperties(executor, options.batchSize ?? DEFAULT_BATCH_SIZE);
      await addMissingQueryProperties(executor, options.batchSize ?? DEFAULT_BATCH_SIZE);
    } catch (error) {
      await executor.close();
      throw error;
    }
    return new Neo4jStore(executor, { ...defaultNeo4jStoreOptions, ...options });
  }

  /** `source`: the digest of the dataset's files, so the next import of the same files is nearly free (dataset-sources.ts). */
  importGraph(
    graph: EntityGraph,
    options: { onProgress?: ProgressCallback; source?: string } = {},
  ): Promise<ImportSummary> {
    return importEntityGraph(this.executor, graph, {
      batchSize: this.options.batchSize,
      bulk: this.options.bulk,
      writers: this.options.writers,
      onProgress: options.onProgress,
      source: options.source,
    });
  }

  /**
   * The summary of an import of files whose digest (ingest/source-digest.ts)
   * is the one last imported under `name`: every record already present,
   * nothing read or written. Undefined when the files are not those.
   */
  unchangedImport(name: string, source: string): Promise<Required<ImportSummary> | undefined> {
    return unchangedImport(this.executor, name, source);
  }

  async loadGraph(options: { onProgress?: ProgressCallback } = {}): Promise<EntityGraph> {
    const graph = await readEntityGraph(this.executor, {
      pageSize: this.options.pageSize,
      onProgress: options.onProgress,
    });
    carryDecisions(graph, await this.matchDecisions());
    return graph;
  }

  matchDecisions(): Promise<MatchDecision[]> {
    return readMatchDecisions(this.executor);
  }

  decideMatch(decision: MatchDecision): Promise<void> {
    return writeMatchDecision(this.executor, decision);
  }

  undoMatch(a: string, b: string): Promise<MatchDecision | null> {
    return deleteMatchDecision(this.executor, a, b);
  }

  async counts(): Promise<StoreCounts> {
    const counts: StoreCounts = { entities: {}, links: {} };
    await this.executor.read(async (run) => {
      for (const [type, label] of ENTITY_LABELS) {
        const result = await run(`MATCH (n:${label}) RETURN count(n) AS n`);
        const n = result.records[0]?.get("n") as number;
        if (n > 0) counts.entities[type] = n;
      }
      for (const [type, name] of RELATIONSHIP_TYPES) {
        const result = await run(`MATCH ()-[r:${name}]->() RETURN count(r) AS n`);
        const n = result.records[0]?.get("n") as number;
        if (n > 0) counts.links[type] = n;
      }
    });
    return counts;
  }

  /** Scores, communities and ranks onto the graph, replacing any earlier write-back. */
  writeAnalysis(analysis: Analysis): Promise<WriteBackSummary> {
    return writeAnalysis(this.executor, analysis);
  }

  /** Louvain, PageRank, betweenness and articulation points of a network, run by Graph Data Science in the database. */
  /** The boards' change log, kept in this database beside the graph (board-log.ts). */
  boardLog(): Promise<Neo4jBoardLog> {
    return Neo4jBoardLog.open(this.executor);
  }

  gdsAnalytics(csr: Csr, options?: Partial<GdsOptions>): Promise<GdsResults> {
    return gdsAnalytics(this.executor, csr, options);
  }

  search(text: string, options: SearchOptions) {
    return search(this.executor, text, options);
  }

  entity(id: string, options: Caller & { linkLimit?: number }) {
    return entity(this.executor, id, options);
  }

  records(ids: readonly string[], caller: Caller) {
    return records(this.executor, ids, caller);
  }

  actors(ids: readonly string[], caller: Caller) {
    return actors(this.executor, ids, caller);
  }

  egoNetwork(id: string, options: EgoOptions) {
    return egoNetwork(this.executor, id, options);
  }

  subgraph(
    ids: readonly string[],
    options: Caller & Pick<WalkFilters, "from" | "to"> & { linkLimit?: number },
  ) {
    return subgraph(this.executor, ids, options);
  }

  shortestPaths(from: string, to: string, options: PathOptions) {
    return shortestPaths(this.executor, from, to, options);
  }

  /** What this store's writes changed so far, by Neo4j's own counters (nodes and relationships created, properties set, ...). */
  writes(): WriteCounters {
    return this.executor.writes();
  }

  close(): Promise<void> {
    return this.executor.close();
  }
}
