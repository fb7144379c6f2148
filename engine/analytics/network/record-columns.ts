/**
 * Every entity and link of an input as numbered rows: entity e and link l in
 * the order forEachNode and forEachEdge give them, each link's ends as entity
 * numbers in typed arrays. The person network is built on these numbers
 * rather than on ids and per-link attribute objects, so a pass over a
 * million links allocates next to nothing and only the links whose fields
 * it reads are parsed.
 *
 * The embedded store's columns (engine/store/memory/columns) are such rows
 * already and are used as they are; any other input (a graphology entity
 * graph, a clearance view) is numbered once, in one pass, by reference.
 */
import type { EntityAttributes, EntityRecords, LinkAttributes } from "../../model/index.ts";

export interface RecordColumns {
  readonly entityCount: number;
  readonly linkCount: number;
  readonly entityIds: readonly string[];
  /** Link keys: a link's number is its index here, which the evidence items keep as their record. */
  readonly linkIds: readonly string[];
  /** Entity number at each link's source and target end. */
  readonly sources: Uint32Array;
  readonly targets: Uint32Array;
  entityNumber(id: string): number | undefined;
  entityType(entity: number): string;
  linkType(link: number): string;
  /** The whole record, parsed on each call: read it only for the few links that need more than the type. */
  entityAttributes(entity: number): EntityAttributes;
  linkAttributes(link: number): LinkAttributes;
  /** A string field of a link (a call's start, a trip's date), read without parsing the whole record where it can be. */
  linkString(link: number, name: string): string | undefined;
  /** String fields of an entity (a person's name, birth date), read as `linkString` reads a link's field. */
  entityStrings(entity: number, names: readonly string[]): (string | undefined)[];
}

/** What the embedded store's column graph offers (its record tables and link ends), read as it is. */
interface StoredTable<A> {
  readonly ids: readonly string[];
  readonly count: number;
  type(index: number): string;
  attributes(index: number): A;
  /** The record's attributes as JSON.stringify wrote them. */
  json(index: number): string;
}
interface StoredColumns {
  readonly entities: StoredTable<EntityAttributes>;
  readonly links: StoredTable<LinkAttributes>;
  ends(): { sources: Uint32Array; targets: Uint32Array };
  entityAt(id: string): number | undefined;
}

function isStoredColumns(graph: EntityRecords): graph is EntityRecords & StoredColumns {
  const candidate = graph as Partial<StoredColumns>;
  return (
    typeof candidate.ends === "function" &&
    typeof candidate.entityAt === "function" &&
    candidate.entities !== undefined &&
    candidate.links !== undefined
  );
}

/** The rows of `graph`: the store's own columns, or a numbering made now (a graph may change between calls). */
export function recordColumns(graph: EntityRecords): RecordColumns {
  return isStoredColumns(graph) ? storedColumns(graph) : numberRecords(graph);
}

function storedColumns(graph: StoredColumns): RecordColumns {
  const { entities, links } = graph;
  const { sources, targets } = graph.ends();
  return {
    entityCount: entities.count,
    linkCount: links.count,
    entityIds: entities.ids,
    linkIds: links.ids,
    sources,
    targets,
    entityNumber: (id) => graph.entityAt(id),
    entityType: (entity) => entities.type(entity),
    linkType: (link) => links.type(link),
    entityAttributes: (entity) => entities.attributes(entity),
    linkAttributes: (link) => links.attributes(link),
    linkString: (link, name) => stringField(links.json(link), name),
    entityStrings: (entity, names) => {
      const json = entities.json(entity);
      return names.map((name) => stringField(json, name));
    },
  };
}

/**
 * A top-level string field of a flat record's JSON text, as JSON.stringify
 * writes it (no spaces): found by its key where that cannot be mistaken —
 * no nested object (`extra`), no escape in the value —, else by parsing.
 */
export function stringField(json: string, name: string): string | undefined {
  const key = `"${name}":`;
  if (!json.includes('"extra":')) {
    const at = json.indexOf(key);
    if (at < 0) return undefined;
    const start = at + key.length;
    if (json[start] !== '"') return undefined;
    const end = json.indexOf('"', start + 1);
    const value = json.slice(start + 1, end);
    if (!value.includes("\\")) return value;
  }
  const value = (JSON.parse(json) as Record<string, unknown>)[name];
  return typeof value === "string" ? value : undefined;
}

/** Numbers a graph read only through EntityRecords; attributes are kept by reference. */
function numberRecords(graph: EntityRecords): RecordColumns {
  const entityIds: string[] = [];
  const entityAttributes: EntityAttributes[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((id, attributes) => {
    index.set(id, entityIds.length);
    entityIds.push(id);
    entityAttributes.push(attributes);
  });
  const linkIds: string[] = [];
  const linkAttributes: LinkAttributes[] = [];
  const sources = new Uint32Array(graph.size);
  const targets = new Uint32Array(graph.size);
  graph.forEachEdge((key, attributes, source, target) => {
    sources[linkIds.length] = index.get(source)!;
    targets[linkIds.length] = index.get(target)!;
    linkIds.push(key);
    linkAttributes.push(attributes);
  });
  return {
    entityCount: entityIds.length,
    linkCount: linkIds.length,
    entityIds,
    linkIds,
    sources,
    targets,
    entityNumber: (id) => index.get(id),
    entityType: (entity) => entityAttributes[entity]!.type,
    linkType: (link) => linkAttributes[link]!.type,
    entityAttributes: (entity) => entityAttributes[entity]!,
    linkAttributes: (link) => linkAttributes[link]!,
    linkString: (link, name) => stringOf(linkAttributes[link]![name]),
    entityStrings: (entity, names) =>
      names.map((name) => stringOf(entityAttributes[entity]![name])),
  };
}

function stringOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
