/**
 * The entity graph: one graphology multi-graph of every entity and link of a
 * dataset, the exchange format between stores, analytics, server and exports.
 *
 * Nodes are keyed by entity id; edges run from a link's source end to its
 * target end (caller to callee, sender to receiver, person to phone...).
 * Attributes are flat (scalars and string arrays) so they map one-to-one onto
 * Neo4j properties.
 */
import { MultiDirectedGraph } from "graphology";
import type { Classification } from "./vocabulary.ts";
import type { EntityType, LinkType } from "./schema.ts";

interface RecordAttributes {
  classification: Classification;
  source?: string;
  handling_code?: string;
  /** Provenance: the dataset (its name in the store), file and line the record was read from. */
  provenance_dataset?: string;
  provenance_file: string;
  /**
   * Absent in a clearance view that hides records (access/clearance-view.ts):
   * a row number would tell how many hidden rows sit before it.
   */
  provenance_line?: number;
  /** Columns the contract does not define, kept as text. */
  extra?: Record<string, string>;
  [field: string]: unknown;
}

export interface EntityAttributes extends RecordAttributes {
  type: EntityType;
  /** What a person reads: a name, a number, a plate. */
  label: string;
  /** Ids of other records merged into this one (one phone number under several ids). */
  merged_ids?: string[];
}

export interface LinkAttributes extends RecordAttributes {
  type: LinkType;
}

export interface EntityGraphAttributes {
  /** SHA-256 of the dataset's records, to tie analyses and exports to their input. */
  datasetHash?: string;
  /** The name of the dataset imported last. */
  dataset?: string;
  [key: string]: unknown;
}

export type EntityGraph = MultiDirectedGraph<
  EntityAttributes,
  LinkAttributes,
  EntityGraphAttributes
>;

export function createEntityGraph(): EntityGraph {
  return new MultiDirectedGraph<EntityAttributes, LinkAttributes, EntityGraphAttributes>();
}

export type LinkVisitor = (
  key: string,
  attributes: LinkAttributes,
  source: string,
  target: string,
) => void;

/**
 * What the analytics read of an entity graph, so that they run on a
 * graphology EntityGraph and on the embedded store's columns
 * (engine/store/memory/columns) alike: attributes by id, and every entity and
 * link in insertion order.
 */
export interface EntityRecords {
  readonly order: number;
  readonly size: number;
  getAttribute<K extends keyof EntityGraphAttributes>(name: K): EntityGraphAttributes[K];
  hasNode(id: string): boolean;
  getNodeAttributes(id: string): EntityAttributes;
  getNodeAttribute<K extends keyof EntityAttributes>(id: string, name: K): EntityAttributes[K];
  forEachNode(visit: (id: string, attributes: EntityAttributes) => void): void;
  forEachEdge(visit: LinkVisitor): void;
  forEachOutEdge(id: string, visit: LinkVisitor): void;
}
