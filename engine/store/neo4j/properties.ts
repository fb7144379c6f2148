/**
 * Entity and link attributes <-> Neo4j properties.
 *
 * Integers: the driver sends every JavaScript number as a float, so the
 * fields that are whole numbers by contract are sent as Neo4j integers
 * (`neo4j.int`) and Cypher users see 12, not 12.0. Reads use
 * `disableLosslessIntegers`, which turns integers back into numbers; that is
 * exact because ours (line numbers, durations, ranks) stay far below 2^53.
 *
 * Dates, date-times and coordinates are Neo4j's own types (property-types.ts).
 *
 * `extra` (the columns the contract does not define) is an object, which a
 * property cannot hold: it is stored as JSON text and parsed back. Any other
 * nested value is passed through and refused by the server, not flattened.
 *
 * The store's own bookkeeping is prefixed with `_` (`_seq`, `_rank`,
 * `_search`), so a Browser or Bloom user tells it from the records' fields.
 */
import neo4j from "neo4j-driver";
import {
  COORDINATES,
  coordinatesOf,
  latLonOf,
  typedValue,
  untypedValue,
} from "./property-types.ts";

/** Whole numbers by the dataset contract (engine/model/schema.ts: integer fields, provenance). */
const INTEGER_PROPERTIES = new Set(["provenance_line", "duration_s"]);
const EXTRA = "extra";

/** Properties Neo4j keeps for the store's own bookkeeping, never attributes. */
export const ENTITY_ID = "id";
export const LINK_KEY = "key";
/** First-import order, so a graph read back has the memory store's node and edge order (analytics depend on it). */
export const SEQUENCE = "_seq";
/** The classification's rank on every entity and link, for the clearance WHERE of every query. */
export const RANK = "_rank";
/** Entity tokens for the full-text index (search-terms.ts). */
export const SEARCH_TERMS = "_search";

export function toProperties(attributes: Record<string, unknown>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (name === EXTRA) properties[name] = JSON.stringify(value);
    else if (INTEGER_PROPERTIES.has(name) && Number.isInteger(value)) {
      properties[name] = neo4j.int(value as number);
    } else properties[name] = typedValue(name, value);
  }
  const coordinates = coordinatesOf(attributes);
  if (coordinates !== undefined) {
    delete properties.lat;
    delete properties.lon;
    properties[COORDINATES] = coordinates;
  }
  return properties;
}

export function fromProperties(
  properties: Record<string, unknown>,
  omit: ReadonlySet<string>,
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(properties)) {
    if (omit.has(name)) continue;
    const point = name === COORDINATES ? latLonOf(value) : undefined;
    if (point) Object.assign(attributes, point);
    else attributes[name] = name === EXTRA ? JSON.parse(value as string) : untypedValue(value);
  }
  return attributes;
}
