/**
 * The files Neo4j's offline importer (`neo4j-admin database import full`)
 * reads to build a database at once, with no transactions and indexes built
 * afterwards (issue 14, item 4: the first import at bulk speed). Each record
 * gets exactly the properties the transactional import gives it (its fields
 * typed as properties.ts types them, `_seq` from its place in the graph, and
 * the query properties of query-properties.ts), so the database the importer
 * builds equals the one `importEntityGraph` leaves (offline-import.neo4j.test.ts).
 *
 * A CSV column has one type for every row, yet one field may be a DATE on
 * one record and text on another (a date given only to the month). Rows are
 * therefore put in groups whose columns agree on every name's type, one file
 * per group with its own header; most worlds need one file per label and
 * relationship type. One pass over the records writes every row. Strings are always quoted, so an empty string stays a
 * property and a missing value (an empty unquoted field) stays absent.
 *
 * The records are any EntityRecords: the columns a dataset folder streams
 * into (engine/store/memory/dataset-columns.ts), so that no graphology graph
 * of the whole dataset is built for a first import, or a graph. Rows are
 * written synchronously in chunks, since the records are visited by a
 * callback: what is held is a chunk per file, not the files.
 */
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import {
  classificationRank,
  type EntityGraphAttributes,
  type EntityRecords,
} from "../../model/index.ts";
import { ENTITY_ID, LINK_KEY, SEQUENCE, toProperties } from "./properties.ts";
import { untypedValue } from "./property-types.ts";
import { TOP_RANK, entityQueryProperties, linkQueryProperties } from "./query-properties.ts";
import { SOURCES } from "./dataset-sources.ts";
import { ENTITY_LABEL, META_ID, META_LABEL, labelOf, relationshipTypeOf } from "./vocabulary.ts";

/** Between the elements of a list property and the labels of a node; a control character no field of the contract holds. */
export const ARRAY_DELIMITER = "\u001f";
/** The importer's spelling of ARRAY_DELIMITER (`--array-delimiter`). */
export const ARRAY_DELIMITER_OPTION = "U+001F";

export interface ImportFiles {
  /** Header and data file pairs, in the order `--nodes` and `--relationships` take them. */
  nodes: string[][];
  relationships: string[][];
  /**
   * Whether a field holds a line break: only then does the importer need its
   * multiline parsing, which it documents as much slower (most datasets have
   * no such field).
   */
  multiline: boolean;
}

interface Field {
  /** The importer's type of the column, such as `long` or `string[]`. */
  type: string;
  text: string;
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** A property value as the importer reads it, or undefined for no property. */
function fieldOf(name: string, value: unknown): Field | undefined {
  if (value === undefined || value === null) return undefined;
  // Exact: the store's integers stay far below 2^53 (properties.ts), and toNumber is much cheaper than toString.
  if (neo4j.isInt(value)) return { type: "long", text: String(value.toNumber()) };
  if (typeof value === "number") return { type: "double", text: String(value) };
  if (typeof value === "boolean") return { type: "boolean", text: String(value) };
  if (typeof value === "string") return { type: "string", text: quoted(value) };
  if (neo4j.isDate(value)) return { type: "date", text: untypedValue(value) as string };
  if (neo4j.isDateTime(value)) return { type: "datetime", text: untypedValue(value) as string };
  if (neo4j.isLocalDateTime(value)) {
    return { type: "localdatetime", text: untypedValue(value) as string };
  }
  if (neo4j.isPoint(value)) {
    return { type: "point", text: quoted(`{latitude: ${value.y}, longitude: ${value.x}}`) };
  }
  if (Array.isArray(value)) return listField(name, value);
  throw new Error(`neo4j import files: ${name} holds a value no property can hold`);
}

/** A list of strings or numbers; an empty list is no property, as the transactional import keeps none. */
function listField(name: string, values: unknown[]): Field | undefined {
  if (values.length === 0) return undefined;
  const elements = values.map((value) => fieldOf(name, value));
  const type = elements[0]?.type;
  const flat = type !== undefined && !type.endsWith("]");
  if (!flat || !elements.every((element) => element?.type === type)) {
    throw new Error(`neo4j import files: ${name} is a list of mixed or nested values`);
  }
  const texts = values.map(String);
  if (texts.some((text) => text.includes(ARRAY_DELIMITER))) {
    throw new Error(`neo4j import files: an element of ${name} holds the list delimiter`);
  }
  return { type: `${type}[]`, text: quoted(texts.join(ARRAY_DELIMITER)) };
}

/** The rows of one file: its columns, and where it goes. */
interface Group {
  /**
   * Name -> the importer's type, for every property column, in the order of
   * the columns; undefined while no row of the group has a value there.
   */
  types: Map<string, string | undefined>;
  header: string;
  data: string;
  /** The data file's descriptor. */
  out: number;
  /** Rows not yet written: one write per CHUNK characters, not per row. */
  pending: string;
  /** Whether a field of a row holds a line break. */
  multiline: boolean;
}

const CHUNK = 1 << 16;
/** The fixed columns are ids, labels and types: a break in a row is a break in a quoted field. */
const LINE_BREAK = /[\n\r]/;

/** The property fields of one record, by name. */
type Fields = Map<string, Field>;

/** The fields of several property sets, a later value of a name replacing an earlier one as a spread would, without the merged object. */
function fieldsOf(...sets: Record<string, unknown>[]): Fields {
  const fields: Fields = new Map();
  for (const properties of sets) {
    for (const name in properties) {
      const field = fieldOf(name, properties[name]);
      if (field) fields.set(name, field);
      else fields.delete(name);
    }
  }
  return fields;
}

/** A row fits a group that has a column for each of its fields, of the field's type or of none yet. */
function fits(group: Group, fields: Fields): boolean {
  for (const [name, field] of fields) {
    if (!group.types.has(name)) return false;
    const type = group.types.get(name);
    if (type !== undefined && type !== field.type) return false;
  }
  return true;
}

/**
 * Rows of one label or type, written as they come in one pass over the
 * graph. A group's columns are fixed when it is made, since the importer
 * needs every row to have every column of its header (the header files are
 * written last, once the types are known). A row that no group of its kind
 * fits starts a new group with the columns of the widest one and the row's
 * own, so a kind needs about one group per optional field met late and per
 * type conflict, and most rows land in the widest group.
 */
class Grouping {
  readonly groups: Group[] = [];
  private readonly byKind = new Map<string, Group[]>();
  constructor(
    private readonly dir: string,
    private readonly prefix: string,
    private readonly fixed: string,
  ) {}

  /** Writes one row: `fixed`, the id and labels or the ends and type, then the fields. */
  write(kind: string, fixed: string, fields: Fields): void {
    const candidates = this.byKind.get(kind) ?? [];
    this.byKind.set(kind, candidates);
    // Newest first: each new group is wider than those before it.
    let group = candidates.findLast((each) => fits(each, fields));
    if (!group) {
      const name = `${this.prefix}-${this.groups.length}`;
      const data = join(this.dir, `${name}.csv`);
      const columns = [...(candidates.at(-1)?.types.keys() ?? []), ...fields.keys()];
      group = {
        types: new Map(columns.map((column) => [column, undefined])),
        header: join(this.dir, `${name}-header.csv`),
        data,
        out: openSync(data, "w"),
        pending: "",
        multiline: false,
      };
      candidates.push(group);
      this.groups.push(group);
    }
    let line = fixed;
    for (const [name, type] of group.types) {
      const field = fields.get(name);
      if (field && type === undefined) group.types.set(name, field.type);
      line += `,${field?.text ?? ""}`;
    }
    group.multiline ||= LINE_BREAK.test(line);
    group.pending += `${line}\n`;
    if (group.pending.length < CHUNK) return;
    writeSync(group.out, group.pending);
    group.pending = "";
  }

  /** Closes the data files and writes the headers: header and data file pairs. */
  finish(): string[][] {
    for (const group of this.groups) {
      writeSync(group.out, group.pending);
      closeSync(group.out);
      // A column no row of the group has a value in is typed as any: text.
      const columns = [...group.types].map(([name, type]) => `${name}:${type ?? "string"}`);
      writeFileSync(group.header, [this.fixed, ...columns].join(",") + "\n");
    }
    return this.groups.map((group) => [group.header, group.data]);
  }

  /** Whether a field of a row holds a line break. */
  get multiline(): boolean {
    return this.groups.some((group) => group.multiline);
  }

  /** Closes whatever is open after a failure. */
  abort(): void {
    for (const group of this.groups) closeSync(group.out);
  }
}

/**
 * A record's attributes as a plain object, read once: the columns hand out
 * attributes parsed on first use behind a proxy (memory/columns/lazy-attributes.ts),
 * and the properties, the search terms and the digest each read every field.
 */
const whole = <A extends object>(attributes: A): A => ({ ...attributes });

/** What the importer's files are written from: the records and the graph's own attributes. */
export interface ImportInput {
  records: EntityRecords;
  attributes: EntityGraphAttributes;
}

/**
 * Writes the records as the importer's files into `dir` (which must exist):
 * every entity, every link, and the graph's own node with its attributes.
 * Each record's properties are worked out once. Entity `id` and
 * relationship `key` come from the fixed columns, never twice.
 */
export function writeImportFiles(
  { records, attributes: graphAttributes }: ImportInput,
  dir: string,
  options: { source?: string } = {},
): ImportFiles {
  const nodes = new Grouping(dir, "nodes", `${ENTITY_ID}:ID(${ENTITY_LABEL}),:LABEL`);
  const links = new Grouping(
    dir,
    "links",
    `:START_ID(${ENTITY_LABEL}),:END_ID(${ENTITY_LABEL}),:TYPE`,
  );
  // The graph's node carries the highest rank, as every transactional import leaves it.
  let top = -1;
  try {
    let seq = 0;
    records.forEachNode((node, lazy) => {
      const attributes = whole(lazy);
      top = Math.max(top, classificationRank(attributes.classification));
      const labels = `${ENTITY_LABEL}${ARRAY_DELIMITER}${labelOf(attributes.type)}`;
      const fields = fieldsOf(
        { [SEQUENCE]: neo4j.int(seq++) },
        toProperties(attributes as Record<string, unknown>),
        entityQueryProperties(attributes),
      );
      nodes.write(attributes.type, `${quoted(node)},${labels}`, fields);
    });
    seq = 0;
    records.forEachEdge((edge, lazy, source, target) => {
      const attributes = whole(lazy);
      top = Math.max(top, classificationRank(attributes.classification));
      const fixed = `${quoted(source)},${quoted(target)},${relationshipTypeOf(attributes.type)}`;
      const fields = fieldsOf(
        { [LINK_KEY]: edge, [SEQUENCE]: neo4j.int(seq++) },
        toProperties(attributes as Record<string, unknown>),
        linkQueryProperties(attributes),
      );
      links.write(attributes.type, fixed, fields);
    });
  } catch (error) {
    nodes.abort();
    links.abort();
    throw error;
  }
  const nodeFiles = nodes.finish();
  const linkFiles = links.finish();
  const meta = writeMeta(records, graphAttributes, dir, { source: options.source, top });
  return {
    nodes: [...nodeFiles, meta],
    relationships: linkFiles,
    multiline: nodes.multiline || links.multiline,
  };
}

/**
 * The graph's own node (import-graph.ts keeps its attributes there as JSON,
 * and the digest of the files imported, dataset-sources.ts), in an id space
 * of its own.
 */
function writeMeta(
  records: EntityRecords,
  attributes: EntityGraphAttributes,
  dir: string,
  { source, top }: { source: string | undefined; top: number },
): string[] {
  const file = join(dir, "graph.csv");
  const name = attributes.dataset;
  const sources =
    source !== undefined && name !== undefined
      ? { [name]: { digest: source, entities: records.order, links: records.size } }
      : undefined;
  const columns = [quoted(META_ID), META_LABEL, quoted(JSON.stringify(attributes))];
  writeFileSync(
    file,
    `${ENTITY_ID}:ID(${META_LABEL}),:LABEL,attributes:string,${SOURCES}:string,${TOP_RANK}:long\n` +
      `${[...columns, sources ? quoted(JSON.stringify(sources)) : "", top < 0 ? "" : top].join(",")}\n`,
  );
  return [file];
}
