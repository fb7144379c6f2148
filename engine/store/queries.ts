/**
 * What the server asks of a store besides the whole graph: both stores
 * implement it, with the same answers for the same data (neo4j tests compare
 * them). Orders are fixed (ids ascending, breadth-first levels) so that a
 * limit cuts the same way on both.
 */
import type { EntityAttributes, EntityGraph, EntityType } from "../model/index.ts";

export interface EntityHit {
  id: string;
  type: EntityType;
  label: string;
}

export interface EntityDetail {
  id: string;
  attributes: EntityAttributes;
  /** Links in and out. */
  degree: number;
}

export interface EgoOptions {
  /** Links followed from the centre (either direction). */
  depth?: number;
  /** Entities at most, the centre included; nearer levels first, ids ascending within one. */
  limit?: number;
}

export interface PathOptions {
  /** Links at most on a path. */
  maxLength?: number;
  /** Paths at most, in ascending order of their id sequences. */
  limit?: number;
}

export const defaultQueryOptions = {
  depth: 1,
  egoLimit: 500,
  maxLength: 6,
  pathLimit: 50,
  searchLimit: 20,
};

/** Bounds a traversal: variable-length patterns cannot take their bounds as parameters. */
export const MAX_QUERY_DEPTH = 10;

export interface GraphQueries {
  entity(id: string): Promise<EntityDetail | undefined>;
  /** Case-insensitive substring of the label (name, number, plate...) or an alias, or the exact id; ids ascending. */
  search(text: string, options?: { limit?: number }): Promise<EntityHit[]>;
  /** The entities around `id` and every link among them; undefined when `id` is unknown. */
  egoNetwork(id: string, options?: EgoOptions): Promise<EntityGraph | undefined>;
  /** Every shortest path (as entity ids, `from` first) of at most maxLength links; [] when none. */
  shortestPaths(from: string, to: string, options?: PathOptions): Promise<string[][]>;
}

export function checkedDepth(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_QUERY_DEPTH) {
    throw new RangeError(
      `${name} must be a whole number from 0 to ${MAX_QUERY_DEPTH}, not ${value}`,
    );
  }
  return value;
}

export const searchKey = (text: string) => text.trim().toLowerCase();

/** Lexicographic order of id sequences, shared by both stores' path lists. */
export function comparePaths(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}
