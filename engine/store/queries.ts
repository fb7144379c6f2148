/**
 * The query layer: what the server, the CLI and the exports ask of a store
 * besides the whole graph. Both stores implement it with the same answers for
 * the same data (the neo4j tests compare them): the embedded store from its
 * indexes, the Neo4j store in bounded, parameterised Cypher.
 *
 * Every query takes the caller's clearance and applies the clearance rules
 * (engine/access/visibility.ts) inside the query: a hidden entity or link is
 * never read out of the store, a link with a hidden end is hidden, merged ids
 * are never shown and waypoints keep only visible locations. A hidden id
 * answers exactly like a missing one.
 *
 * Orders are fixed (ids or keys ascending, breadth-first levels, best score
 * first) so that a limit cuts the same way on both stores.
 */
import type { Classification, EntityAttributes, EntityGraph, EntityType } from "../model/index.ts";

/** Who asks: every query answers as this clearance sees the graph. */
export interface Caller {
  clearance: Classification;
}

/** How an entity is named in a list: enough to show it, with its handling code. */
export interface EntitySummary {
  id: string;
  type: EntityType;
  label: string;
  classification: Classification;
  handling_code?: string;
}

export type MatchKind = "id" | "phone" | "plate" | "name";
export type SearchKind = "phone" | "plate" | "name" | "any";

export interface SearchHit extends EntitySummary {
  match: MatchKind;
  /** 1 for an exact match; the trigram similarity of a fuzzy name match. */
  score: number;
}

export interface SearchOptions extends Caller {
  limit?: number;
  /** What the text is; "any" (default) tries an id, a phone number, a plate and a name, in that order. */
  kind?: SearchKind;
  /** Only entities of these types. */
  types?: readonly string[];
}

/** An entity or a link, as named in the evidence of a tie. */
export interface RecordSummary {
  id: string;
  kind: "link" | "entity";
  type: string;
  label?: string;
  classification: Classification;
  handling_code?: string;
  date?: string;
}

export interface LinkSummary {
  id: string;
  type: string;
  direction: "out" | "in";
  other: EntitySummary;
  classification: Classification;
  handling_code?: string;
  date?: string;
  /** The role the record gives the entity's side (driver, organiser, owner, suspect...), if it names one. */
  role?: string;
}

export interface EntityRecord {
  id: string;
  /** As shown: no merged ids, only visible waypoints. */
  attributes: EntityAttributes;
  /** Visible links in and out, keys ascending, at most `linkLimit`. */
  links: LinkSummary[];
  /** Visible links in and out, all of them. */
  linkCount: number;
}

/** Filters of a neighbourhood walk: an entity or link that fails them is not entered. */
export interface WalkFilters {
  /** Entity types that may be entered (the centre always is). */
  types?: readonly string[];
  /** Persons and organisations that may be entered; others stop the walk. */
  actors?: readonly string[];
  /** Cases of this crime type only. */
  caseCrimeType?: string;
  /** Links dated before `from` or after `to` (compared on their common prefix) are not followed; undated links are. */
  from?: string;
  to?: string;
}

export interface EgoOptions extends Caller, WalkFilters {
  /** Links followed from the centre (either direction). */
  depth?: number;
  /** Entities at most, the centre included; nearer levels first, ids ascending within one. */
  limit?: number;
  /** Links at most among the entities, keys ascending. */
  linkLimit?: number;
}

export interface Subgraph {
  /** Visible entities and the visible links among them. */
  graph: EntityGraph;
  /** True when entities were left out by the limit. */
  truncated: boolean;
  /** True when links were left out by the link limit. */
  truncatedLinks: boolean;
}

export interface PathOptions extends Caller {
  /** Links at most on a path. */
  maxLength?: number;
  /** Paths at most, the first in ascending order of their id sequences. */
  limit?: number;
}

export interface PathsAnswer {
  /** Shortest paths as entity ids, `from` first, ascending, at most `limit`. */
  paths: string[][];
  /** How many shortest paths there are (counted up to PATH_COUNT_CAP). */
  count: number;
}

export const defaultQueryOptions = {
  depth: 1,
  egoLimit: 500,
  linkLimit: 200,
  maxLength: 6,
  pathLimit: 50,
  searchLimit: 20,
  /** Persons and organisations listed for one entity by `actors`. */
  actorLimit: 10,
};

/** Bounds a traversal: variable-length patterns cannot take their bounds as parameters. */
export const MAX_QUERY_DEPTH = 10;
/** Shortest paths enumerated at most before sorting: beyond, `count` stops here. */
export const PATH_COUNT_CAP = 10_000;

export interface GraphQueries {
  /** Entities by id, phone number in any written form, plate or name (fuzzy); best first. */
  search(text: string, options: SearchOptions): Promise<SearchHit[]>;
  /** One entity with its links; undefined when unknown or hidden. */
  entity(id: string, options: Caller & { linkLimit?: number }): Promise<EntityRecord | undefined>;
  /** Entities (by id) and links (by key) as summaries, in the order asked; hidden and unknown ones left out. */
  records(ids: readonly string[], caller: Caller): Promise<RecordSummary[]>;
  /** Per entity, the persons and organisations it stands for: itself, or those linked to it (ids ascending, at most actorLimit). */
  actors(ids: readonly string[], caller: Caller): Promise<Map<string, string[]>>;
  /** The entities around `id` and the links among them; undefined when `id` is unknown or hidden. */
  egoNetwork(id: string, options: EgoOptions): Promise<Subgraph | undefined>;
  /** The given entities (hidden ones left out) and the visible links among them. */
  subgraph(
    ids: readonly string[],
    options: Caller & Pick<WalkFilters, "from" | "to"> & { linkLimit?: number },
  ): Promise<Subgraph>;
  /** Every shortest path of at most maxLength links, sorted then cut; undefined when an end is unknown or hidden. */
  shortestPaths(from: string, to: string, options: PathOptions): Promise<PathsAnswer | undefined>;
}

export function checkedDepth(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_QUERY_DEPTH) {
    throw new RangeError(
      `${name} must be a whole number from 0 to ${MAX_QUERY_DEPTH}, not ${value}`,
    );
  }
  return value;
}

/** Lexicographic order of id sequences, shared by both stores' path lists. */
export function comparePaths(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The date a link happened or began, whichever field its kind uses. */
export const linkDate = (attributes: Record<string, unknown>): string | undefined =>
  (attributes.date ?? attributes.start ?? attributes.time ?? attributes.from) as string | undefined;

/** Dates compare as text on their common prefix: a reduced date ("2024-03") sorts before its days. */
export function dateWithin(date: string | undefined, filters: Pick<WalkFilters, "from" | "to">) {
  if (date === undefined) return true;
  if (filters.from !== undefined && date.slice(0, filters.from.length) < filters.from) return false;
  return filters.to === undefined || date.slice(0, filters.to.length) <= filters.to;
}

export const ACTOR_TYPES: readonly string[] = ["person", "organisation"];

/** Whether the walk may enter an entity (the filters that depend on the entity alone). */
export function admitter(
  filters: WalkFilters,
): (id: string, attributes: EntityAttributes) => boolean {
  const actors = filters.actors && new Set(filters.actors);
  return (id, attributes) => {
    if (filters.types && !filters.types.includes(attributes.type)) return false;
    if (actors && ACTOR_TYPES.includes(attributes.type) && !actors.has(id)) return false;
    return !(
      filters.caseCrimeType !== undefined &&
      attributes.type === "case" &&
      attributes.crime_type !== filters.caseCrimeType
    );
  };
}

export function entitySummary(id: string, attributes: EntityAttributes): EntitySummary {
  return {
    id,
    type: attributes.type,
    label: attributes.label,
    classification: attributes.classification,
    ...handling(attributes),
  };
}

/** A link's role (travels, vehicle usage, case involvement), as a field to spread into a summary. */
export const linkRole = (attributes: Record<string, unknown>) =>
  typeof attributes.role === "string" ? { role: attributes.role } : {};

export const handling = (attributes: Record<string, unknown>) =>
  attributes.handling_code === undefined
    ? {}
    : { handling_code: attributes.handling_code as string };
