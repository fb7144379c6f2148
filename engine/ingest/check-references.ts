/**
 * Id rules of the contract: entity ids are unique across all entity files,
 * every reference names an entity of an allowed type, and exact duplicate
 * link rows are merged with a notice.
 */
import { createHash } from "node:crypto";
import {
  ENTITY_FILES,
  LINK_FILES,
  classificationRank,
  type Classification,
  type FieldSet,
} from "../model/index.ts";
import type { EntityRecordOf, LinkRecordOf } from "./dataset.ts";
import { DuplicateRowFilter } from "./duplicate-rows.ts";
import type { RecordProblem } from "./errors.ts";
import type { RecordHash } from "./record-hash.ts";

interface IdEntry {
  type: string;
  fileName: string;
  line: number;
  classification: Classification;
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
    registry.set(id, {
      type,
      fileName: record.fileName,
      line: record.line,
      classification: record.values.classification as Classification,
    });
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
  progress?: { every: number; report: (recordsChecked: number) => void },
): { links: LinkRecordOf[]; notices: string[] } {
  let checked = 0;
  const tick = () => {
    if (progress && ++checked % progress.every === 0) progress.report(checked);
  };
  for (const record of entities) {
    checkFields(ENTITY_FILES[record.file].fields, record, registry, redirect, problems);
    hash.add(record.file, JSON.stringify(record.values), record.extra);
    tick();
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
    tick();
    if (!checkFields(LINK_FILES[record.file].fields, record, registry, redirect, problems))
      continue;
    const json = JSON.stringify(record.values);
    const text = rowText(record.file, json);
    if (duplicateRows.isDuplicate(text, kept.length)) {
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
    record.key = linkKey(record, text);
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
        resolved.push(resolve(id, record, registry, redirect));
      }
      record.values[name] = resolved;
    } else {
      const id = value as string;
      if (!checkId(id, name, types, record, registry, problems)) valid = false;
      record.values[name] = resolve(id, record, registry, redirect);
    }
  }
  return valid;
}

/**
 * The id a reference points to after phone merging. A record that named a
 * merged phone rests on that phone's record too: it takes its classification
 * when that is higher, so a restricted call to a secret phone record is not
 * shown to a restricted user through the restricted record of the same number.
 */
function resolve(
  id: string,
  record: EntityRecordOf | LinkRecordOf,
  registry: IdRegistry,
  redirect: Map<string, string>,
): string {
  const target = redirect.get(id);
  if (target === undefined) return id;
  const named = registry.get(id)?.classification ?? "unclassified";
  const own = record.values.classification as Classification;
  if (classificationRank(named) > classificationRank(own)) record.values.classification = named;
  return target;
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

/**
 * A link's identity, the same in every import of the same record wherever its
 * row stands: a transfer's own id, otherwise the file and a digest of the
 * record's values (its ends, time, source and every other field; exact
 * duplicates are merged before, so no two kept rows share one). Never a row
 * number, which would tie a record to its neighbours and count hidden rows.
 */
function linkKey(record: LinkRecordOf, rowText: string): string {
  if (record.file === "transfers") return record.values.id as string;
  const digest = createHash("sha256").update(rowText).digest("hex");
  return `${record.file}:${digest.slice(0, LINK_DIGEST_CHARS)}`;
}

/** 80 bits: a chance of about 1 in 10^12 that two of a million links collide. */
const LINK_DIGEST_CHARS = 20;
