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
 * relationship type. Strings are always quoted, so an empty string stays a
 * property and a missing value (an empty unquoted field) stays absent.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import type { EntityGraph } from "../../model/index.ts";
import { ENTITY_ID, LINK_KEY, SEQUENCE, toProperties } from "./properties.ts";
import { untypedValue } from "./property-types.ts";
import { entityQueryProperties, linkQueryProperties } from "./query-properties.ts";
import { ENTITY_LABEL, META_ID, META_LABEL, labelOf, relationshipTypeOf } from "./vocabulary.ts";

/** Between the elements of a list property and the labels of a node; a control character no field of the contract holds. */
export const ARRAY_DELIMITER = "\u001f";
/** The importer's spelling of ARRAY_DELIMITER (`--array-delimiter`). */
export const ARRAY_DELIMITER_OPTION = "U+001F";

export interface ImportFiles {
  /** Header and data file pairs, in the order `--nodes` and `--relationships` take them. */
  nodes: string[][];
  relationships: string[][];
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
  if (neo4j.isInt(value)) return { type: "long", text: value.toString() };
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

/** The rows of one file: the columns every row of it has a type for, and where it goes. */
interface Group {
  /** Name -> the importer's type, for every property column. */
  types: Map<string, string>;
  /** The columns before the properties: the id and labels, or the ends and type. */
  fixed: string[];
  header: string;
  data: string;
  out?: WriteStream;
}

/** The property fields of one record, by name. */
type Fields = Map<string, Field>;

function fieldsOf(properties: Record<string, unknown>): Fields {
  const fields: Fields = new Map();
  for (const [name, value] of Object.entries(properties)) {
    const field = fieldOf(name, value);
    if (field) fields.set(name, field);
  }
  return fields;
}

const agrees = (group: Group, fields: Fields) =>
  [...fields].every(([name, field]) => (group.types.get(name) ?? field.type) === field.type);

/**
 * Groups rows of one label or type: the first group whose columns agree
 * with a row takes it. The first pass only assigns, so every header is
 * known before the second pass writes a row.
 */
class Grouping {
  readonly groups: Group[] = [];
  private readonly byKind = new Map<string, Group[]>();
  constructor(
    private readonly dir: string,
    private readonly prefix: string,
    private readonly fixed: string[],
  ) {}

  assign(kind: string, fields: Fields): number {
    const candidates = this.byKind.get(kind) ?? [];
    this.byKind.set(kind, candidates);
    let group = candidates.find((each) => agrees(each, fields));
    if (!group) {
      const name = `${this.prefix}-${this.groups.length}`;
      group = {
        types: new Map(),
        fixed: this.fixed,
        header: join(this.dir, `${name}-header.csv`),
        data: join(this.dir, `${name}.csv`),
      };
      candidates.push(group);
      this.groups.push(group);
    }
    for (const [name, field] of fields) group.types.set(name, field.type);
    return this.groups.indexOf(group);
  }
}

function headerOf(group: Group): string {
  const columns = [...group.types].map(([name, type]) => `${name}:${type}`);
  return [...group.fixed, ...columns].join(",") + "\n";
}

function rowOf(group: Group, fixed: string[], fields: Fields): string {
  const texts = [...group.types.keys()].map((name) => fields.get(name)?.text ?? "");
  return [...fixed, ...texts].join(",") + "\n";
}

async function writeLine(out: WriteStream, line: string): Promise<void> {
  if (!out.write(line)) await once(out, "drain");
}

async function closeAll(groups: Group[]): Promise<void> {
  await Promise.all(
    groups.map(async (group) => {
      const out = group.out!;
      out.end();
      await once(out, "close");
    }),
  );
}

async function writeGroups(
  groups: Group[],
  rows: (write: (group: number, line: (group: Group) => string) => Promise<void>) => Promise<void>,
): Promise<string[][]> {
  for (const group of groups) {
    const header = createWriteStream(group.header);
    header.end(headerOf(group));
    await once(header, "close");
    group.out = createWriteStream(group.data);
  }
  try {
    await rows((index, line) => writeLine(groups[index]!.out!, line(groups[index]!)));
  } finally {
    await closeAll(groups);
  }
  return groups.map((group) => [group.header, group.data]);
}

/** Entity `id` and relationship `key` come from the fixed columns, never twice. */
function entityProperties(graph: EntityGraph, id: string, seq: number) {
  const attributes = graph.getNodeAttributes(id);
  return fieldsOf({
    [SEQUENCE]: neo4j.int(seq),
    ...toProperties(attributes),
    ...entityQueryProperties(attributes),
  });
}

function linkProperties(graph: EntityGraph, key: string, seq: number) {
  const attributes = graph.getEdgeAttributes(key);
  return fieldsOf({
    [LINK_KEY]: key,
    [SEQUENCE]: neo4j.int(seq),
    ...toProperties(attributes),
    ...linkQueryProperties(attributes),
  });
}

/**
 * Writes the graph as the importer's files into `dir` (which must exist):
 * every entity, every link, and the graph's own node with its attributes.
 */
export async function writeImportFiles(graph: EntityGraph, dir: string): Promise<ImportFiles> {
  const nodes = new Grouping(dir, "nodes", [`${ENTITY_ID}:ID(${ENTITY_LABEL})`, ":LABEL"]);
  const nodeGroup = new Uint16Array(graph.order);
  let seq = 0;
  graph.forEachNode((id, attributes) => {
    nodeGroup[seq] = nodes.assign(attributes.type, entityProperties(graph, id, seq));
    seq++;
  });
  const links = new Grouping(dir, "links", [
    `:START_ID(${ENTITY_LABEL})`,
    `:END_ID(${ENTITY_LABEL})`,
    ":TYPE",
  ]);
  const linkGroup = new Uint16Array(graph.size);
  seq = 0;
  graph.forEachEdge((key, attributes) => {
    linkGroup[seq] = links.assign(attributes.type, linkProperties(graph, key, seq));
    seq++;
  });

  const nodeFiles = await writeGroups(nodes.groups, async (write) => {
    let index = 0;
    for (const id of graph.nodes()) {
      const fixed = [
        quoted(id),
        [ENTITY_LABEL, labelOf(graph.getNodeAttribute(id, "type"))].join(ARRAY_DELIMITER),
      ];
      const fields = entityProperties(graph, id, index);
      await write(nodeGroup[index++]!, (group) => rowOf(group, fixed, fields));
    }
  });
  const linkFiles = await writeGroups(links.groups, async (write) => {
    let index = 0;
    for (const key of graph.edges()) {
      const type = relationshipTypeOf(graph.getEdgeAttribute(key, "type"));
      const fixed = [quoted(graph.source(key)), quoted(graph.target(key)), type];
      const fields = linkProperties(graph, key, index);
      await write(linkGroup[index++]!, (group) => rowOf(group, fixed, fields));
    }
  });
  return { nodes: [...nodeFiles, await writeMeta(graph, dir)], relationships: linkFiles };
}

/** The graph's own node (import-graph.ts keeps its attributes there as JSON), in an id space of its own. */
async function writeMeta(graph: EntityGraph, dir: string): Promise<string[]> {
  const file = join(dir, "graph.csv");
  const out = createWriteStream(file);
  out.end(
    `${ENTITY_ID}:ID(${META_LABEL}),:LABEL,attributes:string\n` +
      `${quoted(META_ID)},${META_LABEL},${quoted(JSON.stringify(graph.getAttributes()))}\n`,
  );
  await once(out, "close");
  return [file];
}
