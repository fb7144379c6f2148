/**
 * A digest of each record's content, stored with it (`_digest`), so that a
 * re-import tells unchanged records from changed ones by reading a few short
 * properties instead of every record's every value: the plan compares the
 * stored digest and provenance with the incoming record's (merge-plan.ts),
 * and only the records that changed are read in full and written.
 *
 * The digest leaves out where the record was read (dataset, file, line),
 * which are read beside it: the plan compares them on their own, and a link
 * met again from another dataset is the same record when its content is.
 */
import { createHash } from "node:crypto";
import type { RecordComparison } from "../merge-plan.ts";

export const DIGEST = "_digest";
const PROVENANCE = new Set(["provenance_dataset", "provenance_file", "provenance_line"]);

/** 128 bits of MD5 over the content as canonical JSON (names sorted, undefined left out). */
export function recordDigest(attributes: object): string {
  const entries = Object.entries(attributes)
    .filter(([name, value]) => value !== undefined && !PROVENANCE.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash("md5").update(JSON.stringify(entries)).digest("base64");
}

/** A stored record as the plan sees it: its provenance and its content's digest. */
type Stored = {
  provenance_dataset?: string;
  provenance_file: string;
  provenance_line?: number;
  [DIGEST]?: string;
};

export const sameProvenance = (stored: Stored, incoming: Stored) =>
  stored.provenance_dataset === incoming.provenance_dataset &&
  stored.provenance_file === incoming.provenance_file &&
  stored.provenance_line === incoming.provenance_line;

export const compareDigests: RecordComparison = {
  sameRecord: (stored, incoming) => (stored as Stored)[DIGEST] === recordDigest(incoming),
  same: (stored, incoming) =>
    sameProvenance(stored as Stored, incoming as Stored) &&
    compareDigests.sameRecord(stored, incoming),
};
