/**
 * The store interface, implemented by the embedded memory store (default) and
 * the Neo4j store. Analytics never see a store: they get the entity graph it
 * loads, so they run the same on both.
 */
import type { EntityGraph, MatchDecision } from "../model/index.ts";

export interface StoreCounts {
  /** Entities per type, e.g. { person: 300, phone: 310 }. */
  entities: Record<string, number>;
  /** Links per type, e.g. { call: 5400 }. */
  links: Record<string, number>;
}

export interface ImportSummary {
  entitiesCreated: number;
  linksCreated: number;
  /** Records already present (same key) and left as they were. */
  entitiesMatched: number;
  linksMatched: number;
  /** Records of the re-imported dataset that changed, and those it no longer holds (memory store). */
  entitiesUpdated?: number;
  linksUpdated?: number;
  entitiesRemoved?: number;
  linksRemoved?: number;
}

export type ProgressCallback = (done: number, total: number) => void;

/** Analysts' decisions on likely duplicate persons, kept beside the data; a re-import leaves them. */
export interface MatchDecisions {
  matchDecisions(): Promise<MatchDecision[]>;
  /** Records a decision on a pair (`a < b`), replacing any earlier one on it. */
  decideMatch(decision: MatchDecision): Promise<void>;
  /** Withdraws the decision on a pair: the decision removed, or null when there was none. */
  undoMatch(a: string, b: string): Promise<MatchDecision | null>;
}

export interface GraphStore extends MatchDecisions {
  readonly kind: "memory" | "neo4j";
  /** Adds the graph's entities and links, merging on their keys: a re-import creates nothing. */
  importGraph(
    graph: EntityGraph,
    options?: { onProgress?: ProgressCallback },
  ): Promise<ImportSummary>;
  /**
   * The whole entity graph, for the analytics, carrying the match decisions
   * on its `matchDecisions` attribute (engine/model/match-decisions.ts).
   */
  loadGraph(options?: { onProgress?: ProgressCallback }): Promise<EntityGraph>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}

export function countGraph(graph: EntityGraph): StoreCounts {
  const counts: StoreCounts = { entities: {}, links: {} };
  graph.forEachNode((_node, attributes) => {
    counts.entities[attributes.type] = (counts.entities[attributes.type] ?? 0) + 1;
  });
  graph.forEachEdge((_edge, attributes) => {
    counts.links[attributes.type] = (counts.links[attributes.type] ?? 0) + 1;
  });
  return counts;
}
