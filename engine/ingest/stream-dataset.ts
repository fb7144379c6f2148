/**
 * Streams a dataset folder (docs/DATASET-FORMAT.md) record by record to a
 * sink, validated and checked, holding no record as an object and no list of
 * them: what stays in memory is one entry per entity id, a 16-byte digest per
 * link, the merged phones and, until the merge is decided, the phones'
 * records serialised off the heap (held-records.ts). All or nothing still:
 * every problem is collected, the sink hears of no record once one is found,
 * and a DatasetError listing them all is thrown at the end, so a sink that
 * builds something to swap in only when the stream returns (the embedded
 * store's staging columns) loads nothing of a bad dataset. Of each kind of
 * problem the first `errorCap` are kept and the rest counted, so a dataset
 * where every row is bad costs no more memory than a good one.
 *
 * Three passes over the files, in named stages:
 * - `read` (bytes of the entity files): entity rows validated, ids registered,
 *   phone numbers grouped; the leading files that need neither the merged
 *   phones nor the other ids (persons: no references) handed on at once; the
 *   phones' records held, as reading a phone number again costs more than
 *   reading the record back (libphonenumber's parse);
 * - `check` (the held phones, then bytes of the other entity files, read
 *   again): each entity's references checked, merged phones dropped, the
 *   rest handed on;
 * - `links` (bytes of the link files, read once): each link validated, its
 *   ends checked against the ids, duplicates merged, and handed on.
 * Entities come first so that every link can be checked as it is read;
 * problems are reported in the order a whole-dataset check would find them
 * (rows, ids, references).
 */
import { basename, resolve } from "node:path";
import { ENTITY_FILES, type FieldSet } from "../model/index.ts";
import type { DatasetSummary, EntityRecordOf, LinkRecordOf, RecordSink } from "./dataset.ts";
import { discoverDataset, type DatasetFile } from "./discover.ts";
import { DEFAULT_ERROR_CAP, DatasetError, ProblemList } from "./errors.ts";
import { HeldRecords } from "./held-records.ts";
import { IdRegistry } from "./id-registry.ts";
import { PhoneGroups } from "./phone-groups.ts";
import { readRecords } from "./read-records.ts";
import { RecordHash } from "./record-hash.ts";
import { ReferenceChecker } from "./check-references.ts";

export type LoadStage = "read" | "check" | "links";

export interface LoadOptions {
  /** Called as the load advances, with the stage's bytes done and in all. */
  onProgress?: (done: number, total: number, stage: LoadStage) => void;
  errorCap?: number;
  /** The dataset's name in the store; default the folder's name. */
  name?: string;
}

export const datasetName = (folder: string, options: Pick<LoadOptions, "name"> = {}): string =>
  options.name ?? basename(resolve(folder));

export async function streamDataset(
  folder: string,
  sink: RecordSink,
  options: LoadOptions = {},
): Promise<DatasetSummary> {
  const discovery = await discoverDataset(folder);
  // Each kind of problem capped, in the order a whole-dataset check reports them.
  const cap = options.errorCap ?? DEFAULT_ERROR_CAP;
  const rowProblems = new ProblemList(cap);
  const idProblems = new ProblemList(cap);
  const referenceProblems = new ProblemList(cap);
  for (const problem of discovery.problems) rowProblems.push(problem);
  const kinds = [rowProblems, idProblems, referenceProblems];
  const failed = () => rowProblems.count + idProblems.count + referenceProblems.count > 0;
  const rowNotices: string[] = [];
  const rows: Record<string, number> = {};
  const entityFiles = discovery.files.filter((file) => file.name in ENTITY_FILES);
  const linkFiles = discovery.files.filter((file) => !(file.name in ENTITY_FILES));
  const pass = (files: DatasetFile[], stage: LoadStage) =>
    passOver(files, (done, total) => options.onProgress?.(done, total, stage));

  const registry = new IdRegistry();
  const phones = new PhoneGroups();
  const hash = new RecordHash();
  const checker = new ReferenceChecker(registry, phones.redirect, referenceProblems, hash);
  // The phones' valid records as the first pass read them, for the second.
  const heldPhones = new HeldRecords<EntityRecordOf>();
  // Files up to the first one that must wait for every id or the phone merge go through once.
  const waiting = entityFiles.findIndex((file) => !standsAlone(file));
  const atOnce = waiting < 0 ? entityFiles.length : waiting;
  await pass(
    entityFiles,
    "read",
  )(async (file, onBytes) => {
    const handOn = entityFiles.indexOf(file) < atOnce;
    rows[file.fileName] = await readRecords(file, rowProblems, rowNotices, onBytes, (entity) => {
      const record = entity as EntityRecordOf;
      registry.register(record, idProblems);
      phones.add(record);
      if (record.file === "phones") heldPhones.add(record);
      if (!handOn) return;
      checker.entity(record);
      if (!failed()) sink.entity(record);
    });
  });
  const merge = phones.merge(registry);
  await pass(
    entityFiles.slice(atOnce),
    "check",
  )(async (file, onBytes) => {
    const check = (record: EntityRecordOf) => {
      const id = record.values.id as string;
      if (merge.redirect.has(id)) return;
      const mergedIds = merge.mergedIds.get(id);
      if (mergedIds) record.mergedIds = mergedIds;
      checker.entity(record);
      if (!failed()) sink.entity(record);
    };
    if (file.name === "phones") {
      heldPhones.replay(check);
      onBytes(file.bytes);
    } else {
      // Read again: its rows' problems and notices are known from the first pass.
      await readRecords(file, [], [], onBytes, (entity) => check(entity as EntityRecordOf));
    }
  });
  await pass(
    linkFiles,
    "links",
  )(async (file, onBytes) => {
    rows[file.fileName] = await readRecords(file, rowProblems, rowNotices, onBytes, (link) => {
      const record = link as LinkRecordOf;
      if (checker.link(record) && !failed()) sink.link(record);
    });
  });

  if (failed()) {
    const total = kinds.reduce((sum, kind) => sum + kind.count, 0);
    throw new DatasetError(
      kinds.flatMap((kind) => kind.kept),
      cap,
      total,
    );
  }
  return {
    name: datasetName(folder, options),
    notices: [...discovery.notices, ...rowNotices, ...merge.notices, ...checker.notices()],
    hash: hash.digest(),
    rows: orderedAs(discovery.files, rows),
  };
}

/** An entity file whose records need nothing of the others: not phones (merged), no references. */
function standsAlone(file: DatasetFile): boolean {
  if (file.name === "phones") return false;
  const fields: FieldSet = ENTITY_FILES[file.name as keyof typeof ENTITY_FILES].fields;
  return Object.values(fields).every((field) => field.references === undefined);
}

/** Runs `read` on each file in turn, reporting bytes over all of them, and 100% at the end. */
function passOver(files: DatasetFile[], report: (done: number, total: number) => void) {
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  return async (
    read: (file: DatasetFile, onBytes: (bytes: number) => void) => Promise<void>,
  ): Promise<void> => {
    let before = 0;
    report(0, total);
    for (const file of files) {
      await read(file, (bytes) => report(before + bytes, total));
      before += file.bytes;
    }
    report(total, total);
  };
}

/** The rows per file in the files' order (entity files were read first). */
function orderedAs(files: DatasetFile[], rows: Record<string, number>): Record<string, number> {
  const ordered: Record<string, number> = {};
  for (const file of files) ordered[file.fileName] = rows[file.fileName]!;
  return ordered;
}
