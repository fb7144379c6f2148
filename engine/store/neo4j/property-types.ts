/**
 * Values Neo4j users can filter and map with their own types (Browser,
 * Bloom's time and map filters, Cypher's date and spatial functions):
 *
 * - a date field of the contract (engine/model/fields.ts, format "date")
 *   holding a whole day is a DATE; a reduced date ("2024-03", "2024") has no
 *   day to give and stays text;
 * - a date-time ("date-time") is a ZONED DATETIME in UTC when it was written
 *   with an offset (the import normalises those to UTC), a LOCAL DATETIME
 *   when it was written without one, and text in any other form;
 * - a location's `lat` and `lon` are one WGS-84 `coordinates` point.
 *
 * Each converts back to exactly the text and numbers the import produced,
 * so a graph read back equals the memory store's (record-identity tests).
 */
import neo4j from "neo4j-driver";
import { ENTITY_FILES, LINK_FILES, type TemporalFormat } from "../../model/index.ts";

export const COORDINATES = "coordinates";
const WGS84 = 4326;

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UTC_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}))?Z$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/** Field name -> its temporal format, from the contract; a name must mean one format in every file. */
const TEMPORAL_FIELDS: ReadonlyMap<string, TemporalFormat> = (() => {
  const formats = new Map<string, TemporalFormat>();
  for (const spec of [...Object.values(ENTITY_FILES), ...Object.values(LINK_FILES)]) {
    for (const [name, field] of Object.entries(spec.fields)) {
      if (field.format === undefined) continue;
      if ((formats.get(name) ?? field.format) !== field.format) {
        throw new Error(`neo4j store: field ${name} is a date in one file, a date-time in another`);
      }
      formats.set(name, field.format);
    }
  }
  return formats;
})();

/** The Neo4j value of attribute `name`: a temporal value where the contract's text allows one. */
export function typedValue(name: string, value: unknown): unknown {
  const format = TEMPORAL_FIELDS.get(name);
  if (format === undefined || typeof value !== "string") return value;
  const parts = (pattern: RegExp) =>
    pattern
      .exec(value)
      ?.slice(1)
      .map((part) => Number(part ?? 0));
  if (format === "date") {
    const day = parts(FULL_DATE);
    return day ? new neo4j.types.Date(day[0]!, day[1]!, day[2]!) : value;
  }
  const utc = parts(UTC_DATE_TIME);
  if (utc) {
    const [year, month, day, hour, minute, second, millis] = utc as [number, ...number[]];
    return new neo4j.types.DateTime(year, month!, day!, hour!, minute!, second!, millis! * 1e6, 0);
  }
  const local = parts(LOCAL_DATE_TIME);
  if (local) {
    const [year, month, day, hour, minute, second] = local as [number, ...number[]];
    return new neo4j.types.LocalDateTime(year, month!, day!, hour!, minute!, second!, 0);
  }
  return value;
}

/** The import's text of a temporal value (other values as they are). */
export function untypedValue(value: unknown): unknown {
  if (neo4j.isDate(value)) return dayText(value);
  if (neo4j.isDateTime(value)) {
    const millis = Math.round(Number(value.nanosecond) / 1e6);
    return `${dayText(value)}T${timeText(value)}${millis ? `.${pad(millis, 3)}` : ""}Z`;
  }
  if (neo4j.isLocalDateTime(value)) return `${dayText(value)}T${timeText(value)}`;
  return value;
}

/** A location's point, or undefined without both coordinates. */
export function coordinatesOf(attributes: Record<string, unknown>): unknown {
  const { lat, lon } = attributes;
  return typeof lat === "number" && typeof lon === "number"
    ? new neo4j.types.Point(WGS84, lon, lat)
    : undefined;
}

/** `lat` and `lon` of a stored point. */
export function latLonOf(point: unknown): { lat: number; lon: number } | undefined {
  return neo4j.isPoint(point) ? { lat: Number(point.y), lon: Number(point.x) } : undefined;
}

type Day = { year: unknown; month: unknown; day: unknown };
type Time = { hour: unknown; minute: unknown; second: unknown };
const pad = (value: unknown, width: number) => String(value).padStart(width, "0");
const dayText = (value: Day) => `${pad(value.year, 4)}-${pad(value.month, 2)}-${pad(value.day, 2)}`;
const timeText = (value: Time) =>
  `${pad(value.hour, 2)}:${pad(value.minute, 2)}:${pad(value.second, 2)}`;
