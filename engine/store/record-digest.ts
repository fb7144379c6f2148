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
import { hash } from "node:crypto";
import type { RecordComparison } from "./merge-plan.ts";

export const DIGEST = "_digest";
const PROVENANCE = new Set(["provenance_dataset", "provenance_file", "provenance_line"]);

/**
 * 128 bits of MD5 over the content as canonical JSON: the JSON of its
 * [name, value] pairs, names sorted, undefined and provenance left out. The
 * text is built directly, with each shape's sorted names worked out once (a
 * dataset has a few dozen shapes for millions of records), and hashed in one
 * call: half the cost of sorting entries and a hash object per record.
 */
export function recordDigest(attributes: object): string {
  return hash("md5", canonicalText(attributes, canonicalOrder(attributes)), "base64");
}

/**
 * The same digest's 16 bytes written into `into`, with the names' order
 * given: any superset of the record's names (a file's whole field set)
 * serves, since absent names are skipped. An import knows it per file,
 * without a look at each record's shape. The hash comes as "binary"
 * (Latin-1) text, one character a byte: a Buffer per record cost more than
 * the hash itself.
 */
export function recordDigestInto(
  attributes: object,
  order: CanonicalOrder,
  into: Uint8Array,
): Uint8Array {
  const bytes = hash("md5", canonicalText(attributes, order), "binary");
  for (let i = 0; i < DIGEST_BYTES; i++) into[i] = bytes.charCodeAt(i);
  return into;
}

const DIGEST_BYTES = 16;

function canonicalText(attributes: object, order: CanonicalOrder): string {
  const values = attributes as Record<string, unknown>;
  let text = "[";
  for (const [name, head] of order) {
    const value = values[name];
    if (value === undefined) continue;
    text += `${text.length > 1 ? "," : ""}${head}${JSON.stringify(value)}]`;
  }
  return `${text}]`;
}

/** Names hashed, sorted, each with its pair's opening text. */
export type CanonicalOrder = readonly (readonly [name: string, head: string])[];

/** The canonical order of these names (provenance left out). */
export const canonicalOrderOf = (names: readonly string[]): CanonicalOrder =>
  names
    .filter((name) => !PROVENANCE.has(name))
    .sort()
    .map((name) => [name, `[${JSON.stringify(name)},`] as const);

/** Per shape (its names in order), the canonical order. */
const MAX_SHAPES = 4096;
const orders = new Map<string, CanonicalOrder>();

function canonicalOrder(attributes: object): CanonicalOrder {
  const names = Object.keys(attributes);
  const shape = names.join("\u0000");
  let order = orders.get(shape);
  if (order === undefined) {
    order = canonicalOrderOf(names);
    // Records of arbitrary shapes (hand-built graphs) must not grow the table without end.
    if (orders.size >= MAX_SHAPES) orders.clear();
    orders.set(shape, order);
  }
  return order;
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
