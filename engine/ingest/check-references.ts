/**
 * Id rules of the contract: entity ids are unique across all entity files,
 * every reference names an entity of an allowed type, and exact duplicate
 * link rows are merged with a notice.
 */
import { ENTITY_FILES, LINK_FILES, type FieldSet } from "../model/index.ts";
import type { EntityRecordOf, LinkRecordOf } from "./dataset.ts";
import { DuplicateRowFilter } from "./duplicate-rows.ts";
import type { RecordProblem } from "./errors.ts";

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
 * merged ids, and drops exact duplicate links.
 */
export function checkReferences(
  registry: IdRegistry,
  entities: EntityRecordOf[],
  links: LinkRecordOf[],
  redirect: Map<string, string>,
  problems: RecordProblem[],
): { links: LinkRecordOf[]; notices: string[] } {
  for (const record of entities)
    checkFields(ENTITY_FILES[record.file].fields, record, registry, redirect, problems);
  const kept: LinkRecordOf[] = [];
  const rowText = (record: LinkRecordOf) => `${record.file}\u0000${JSON.stringify(record.values)}`;
  const duplicateRows = new DuplicateRowFilter((position) => rowText(kept[position]!));
  const transferIds = new Map<string, number>();
  const duplicates = new Map<string, number>();
  for (const record of links) {
    if (!checkFields(LINK_FILES[record.file].fields, record, registry, redirect, problems))
      continue;
    if (duplicateRows.isDuplicate(rowText(record), kept.length)) {
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
  }
  const notices = [...duplicates].map(
    ([fileName, count]) => `${fileName}: ${count} exact duplicate rows merged`,
  );
  return { links: kept, notices };
}

function checkFields(
  fields: FieldSet,
  record: EntityRecordOf | LinkRecordOf,
  registry: IdRegistry,
  redirect: Map<string, string>,
  problems: RecordProblem[],
): boolean {
  let valid = true;
  for (const [name, field] of Object.entries(fields)) {
    if (!field.references) continue;
    const value = record.values[name];
    if (value === undefined) continue;
    const ids = Array.isArray(value) ? (value as string[]) : [value as string];
    const resolved = ids.map((id) => {
      const entry = registry.get(id);
      if (!entry) {
        problems.push({
          file: record.fileName,
          line: record.line,
          field: name,
          message: `unknown id ${JSON.stringify(id)}`,
        });
        valid = false;
      } else if (!field.references!.includes(entry.type)) {
        problems.push({
          file: record.fileName,
          line: record.line,
          field: name,
          message: `${JSON.stringify(id)} is a ${entry.type}, expected ${field.references!.join(" or ")}`,
        });
        valid = false;
      }
      return redirect.get(id) ?? id;
    });
    record.values[name] = Array.isArray(value) ? resolved : resolved[0];
  }
  return valid;
}
