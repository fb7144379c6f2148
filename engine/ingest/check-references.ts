/**
 * Id rules of the contract: entity ids are unique across all entity files,
 * every reference names an entity of an allowed type, and exact duplicate
 * link rows are merged with a notice.
 */
import { ENTITY_FILES, LINK_FILES, type FieldSet } from "../model/index.ts";
import type { EntityRecordOf, LinkRecordOf } from "./dataset.ts";
import { DuplicateRowFilter } from "./duplicate-rows.ts";
import type { RecordProblem } from "./errors.ts";
import type { RecordHash } from "./record-hash.ts";

interface IdEntry {
  type: string;
  fileName: string;
  line: number;
}

export type IdRegistry = Map<string, IdEntry>;

export function registerIds(entities: EntityRecordOf[], problems: RecordProblem[]): IdRegistry {
  const registry: IdRegistry = new Map();
  for (const record of entities) {
    const id = record.values.id as string;
    const type = ENTITY_FILES[record.file].type;
    const first = registry.get(id);
    if (first) {
      const message =
        first.type === type
          ? `duplicate id ${JSON.stringify(id)} (first at ${first.fileName}:${first.line})`
          : `id ${JSON.stringify(id)} is already a ${first.type} id (${first.fileName}:${first.line})`;
      problems.push({ file: record.fileName, line: record.line, field: "id", message });
      continue;
    }
    registry.set(id, { type, fileName: record.fileName, line: record.line });
  }
  return registry;
}

/**
 * Checks every reference (links and route waypoints), rewrites references to
 * merged ids, and drops exact duplicate links. Feeds `hash` the entities and
 * then the links kept, in order, so each link is stringified once for both.
 */
export function checkReferences(
  registry: IdRegistry,
  entities: EntityRecordOf[],
  links: LinkRecordOf[],
  redirect: Map<string, string>,
  problems: RecordProblem[],
  hash: RecordHash,
): { links: LinkRecordOf[]; notices: string[] } {
  for (const record of entities) {
    checkFields(ENTITY_FILES[record.file].fields, record, registry, redirect, problems);
    hash.add(record.file, JSON.stringify(record.values), record.extra);
  }
  const kept: LinkRecordOf[] = [];
  const rowText = (file: string, json: string) => `${file}\u0000${json}`;
  const duplicateRows = new DuplicateRowFilter((position) => {
    const record = kept[position]!;
    return rowText(record.file, JSON.stringify(record.values));
  });
  const transferIds = new Map<string, number>();
  const duplicates = new Map<string, number>();
  for (const record of links) {
    if (!checkFields(LINK_FILES[record.file].fields, record, registry, redirect, problems))
      continue;
    const json = JSON.stringify(record.values);
    if (duplicateRows.isDuplicate(rowText(record.file, json), kept.length)) {
      duplicates.set(record.fileName, (duplicates.get(record.fileName) ?? 0) + 1);
      continue;
    }
    if (record.file === "transfers") {
      const id = record.values.id as string;
      const firstLine = transferIds.get(id);
      if (firstLine !== undefined) {
        problems.push({
          file: record.fileName,
          line: record.line,
          field: "id",
          message: `duplicate transfer id ${JSON.stringify(id)} (first at line ${firstLine})`,
        });
      } else {
        transferIds.set(id, record.line);
      }
    }
    // Kept even when in error (the load fails anyway) so positions stay those the filter knows.
    kept.push(record);
    hash.add(record.file, json, record.extra);
  }
  const notices = [...duplicates].map(
    ([fileName, count]) => `${fileName}: ${count} exact duplicate rows merged`,
  );
  return { links: kept, notices };
}

type ReferenceField = readonly [name: string, types: readonly string[]];

/** The reference fields of each field set, listed once. */
const referenceFields = new Map<FieldSet, readonly ReferenceField[]>();

function referenceFieldsOf(fields: FieldSet): readonly ReferenceField[] {
  let list = referenceFields.get(fields);
  if (!list) {
    list = Object.entries(fields)
      .filter(([, field]) => field.references)
      .map(([name, field]) => [name, field.references!] as const);
    referenceFields.set(fields, list);
  }
  return list;
}

function checkFields(
  fields: FieldSet,
  record: EntityRecordOf | LinkRecordOf,
  registry: IdRegistry,
  redirect: Map<string, string>,
  problems: RecordProblem[],
): boolean {
  let valid = true;
  for (const [name, types] of referenceFieldsOf(fields)) {
    const value = record.values[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      const resolved: string[] = [];
      for (const id of value as string[]) {
        if (!checkId(id, name, types, record, registry, problems)) valid = false;
        resolved.push(redirect.get(id) ?? id);
      }
      record.values[name] = resolved;
    } else {
      const id = value as string;
      if (!checkId(id, name, types, record, registry, problems)) valid = false;
      record.values[name] = redirect.get(id) ?? id;
    }
  }
  return valid;
}

function checkId(
  id: string,
  name: string,
  types: readonly string[],
  record: EntityRecordOf | LinkRecordOf,
  registry: IdRegistry,
  problems: RecordProblem[],
): boolean {
  const entry = registry.get(id);
  if (!entry) {
    problems.push({
      file: record.fileName,
      line: record.line,
      field: name,
      message: `unknown id ${JSON.stringify(id)}`,
    });
    return false;
  }
  if (!types.includes(entry.type)) {
    problems.push({
      file: record.fileName,
      line: record.line,
      field: name,
      message: `${JSON.stringify(id)} is a ${entry.type}, expected ${types.join(" or ")}`,
    });
    return false;
  }
  return true;
}
