/**
 * Reads a dataset folder (docs/DATASET-FORMAT.md) into a validated Dataset, or
 * throws a DatasetError listing every problem: all or nothing.
 */
import { basename, resolve } from "node:path";
import { ENTITY_FILES, LINK_FILES, type FieldSet, type RecordFileName } from "../model/index.ts";
import type { Dataset, EntityRecordOf, LinkRecordOf, LoadedRecord } from "./dataset.ts";
import { discoverDataset, type DatasetFile } from "./discover.ts";
import { DEFAULT_ERROR_CAP, DatasetError, type RecordProblem } from "./errors.ts";
import { mergePhonesByNumber } from "./merge-phones.ts";
import { readRows } from "./read-rows.ts";
import { planExtraColumns, planFields, validateRow } from "./validate-record.ts";
import { checkReferences, registerIds } from "./check-references.ts";
import { RecordHash } from "./record-hash.ts";

/**
 * The two stages of a load: `read` counts bytes (every row is parsed and
 * validated as it is read), `check` counts records whose ids and references
 * are checked once all are read.
 */
export type LoadStage = "read" | "check";

/** Records checked between two reports of the check stage. */
const CHECK_REPORT_EVERY = 8192;

export interface LoadOptions {
  /** Called as the load advances, with the stage's units done and in all. */
  onProgress?: (done: number, total: number, stage: LoadStage) => void;
  errorCap?: number;
  /** The dataset's name in the store; default the folder's name. */
  name?: string;
}

const specOf = (name: RecordFileName): { fields: FieldSet } =>
  name in ENTITY_FILES
    ? ENTITY_FILES[name as keyof typeof ENTITY_FILES]
    : LINK_FILES[name as keyof typeof LINK_FILES];

export async function loadDataset(folder: string, options: LoadOptions = {}): Promise<Dataset> {
  const discovery = await discoverDataset(folder);
  const problems: RecordProblem[] = [...discovery.problems];
  const notices = [...discovery.notices];
  const totalBytes = discovery.files.reduce((sum, file) => sum + file.bytes, 0);
  let bytesBefore = 0;
  const entities: EntityRecordOf[] = [];
  const links: LinkRecordOf[] = [];
  const rows: Record<string, number> = {};
  for (const file of discovery.files) {
    const into = (file.name in ENTITY_FILES ? entities : links) as LoadedRecord[];
    rows[file.fileName] = await readFile(file, into, problems, notices, (bytes) =>
      options.onProgress?.(bytesBefore + bytes, totalBytes, "read"),
    );
    bytesBefore += file.bytes;
  }
  // Checked: the entities' ids, the merged phones, then each record's references.
  const toCheck = 2 * entities.length + links.length;
  const checking = (done: number) => options.onProgress?.(done, toCheck, "check");
  checking(0);
  const registry = registerIds(entities, problems);
  const merge = mergePhonesByNumber(entities);
  notices.push(...merge.notices);
  checking(entities.length);
  const hash = new RecordHash();
  const checked = checkReferences(registry, merge.entities, links, merge.redirect, problems, hash, {
    every: CHECK_REPORT_EVERY,
    report: (done) => checking(entities.length + done),
  });
  checking(toCheck);
  notices.push(...checked.notices);
  if (problems.length > 0) throw new DatasetError(problems, options.errorCap ?? DEFAULT_ERROR_CAP);
  return {
    name: options.name ?? basename(resolve(folder)),
    entities: merge.entities,
    links: checked.links,
    notices,
    hash: hash.digest(),
    rows,
  };
}

/** Appends the file's valid records to `into`; returns how many rows it read. */
async function readFile(
  file: DatasetFile,
  into: LoadedRecord[],
  problems: RecordProblem[],
  notices: string[],
  onBytes: (bytes: number) => void,
): Promise<number> {
  const { fields } = specOf(file.name);
  const plan = planFields(fields);
  const fileName = file.fileName;
  let ordinal = 0;
  const unknownColumns = new Set<string>();
  for await (const events of readRows(file, onBytes)) {
    for (const event of events) {
      if (event.kind === "header") {
        const missing = Object.entries(fields)
          .filter(([, field]) => field.required && field.fallback === undefined)
          .map(([name]) => name)
          .filter((name) => !event.columns.includes(name));
        for (const name of missing) {
          problems.push({
            file: fileName,
            line: event.line,
            field: name,
            message: "required column is missing",
          });
        }
        if (missing.length > 0) return ordinal;
        planExtraColumns(plan, event.columns);
        continue;
      }
      if (event.kind === "malformed") {
        problems.push({
          file: fileName,
          line: event.line,
          field: event.field ?? "row",
          message: event.message,
        });
        continue;
      }
      const validated = validateRow(plan, event.values, fileName, event.line, problems);
      if (!validated) continue;
      const record: LoadedRecord & { file: RecordFileName } = {
        file: file.name,
        ordinal: ++ordinal,
        fileName,
        line: event.line,
        values: validated.values,
      };
      if (validated.extra) {
        for (const column in validated.extra) unknownColumns.add(column);
        record.extra = validated.extra;
      }
      into.push(record);
    }
  }
  if (unknownColumns.size > 0) {
    notices.push(
      `${file.fileName}: columns ${[...unknownColumns].join(", ")} are not in the contract; kept as properties`,
    );
  }
  return ordinal;
}
