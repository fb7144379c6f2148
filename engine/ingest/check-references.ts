/**
 * Id rules of the contract, record by record as the files stream past: every
 * reference names a registered entity of an allowed type (references to
 * merged phones are rewritten to the phone kept), transfer ids are unique,
 * and exact duplicate link rows are merged with a notice. Feeds `hash` the
 * entities and then the links kept, in order, so each link is stringified
 * once for the hash, the duplicate check and its key.
 */
import { hash } from "node:crypto";
import {
  CLASSIFICATIONS,
  ENTITY_FILES,
  LINK_FILES,
  classificationRank,
  type Classification,
  type FieldSet,
} from "../model/index.ts";
import type { EntityRecordOf, LinkRecordOf } from "./dataset.ts";
import { DigestSet } from "./digest-set.ts";
import type { ProblemSink } from "./errors.ts";
import type { IdRegistry } from "./id-registry.ts";
import type { RecordHash } from "./record-hash.ts";

export class ReferenceChecker {
  private readonly rows = new DigestSet();
  private readonly transferIds = new Map<string, number>();
  private readonly duplicates = new Map<string, number>();

  constructor(
    private readonly registry: IdRegistry,
    private readonly redirect: ReadonlyMap<string, string>,
    private readonly problems: ProblemSink,
    private readonly hash: RecordHash,
  ) {}

  /** Checks and resolves an entity's references (route waypoints). */
  entity(record: EntityRecordOf): void {
    this.checkFields(ENTITY_FILES[record.file].fields, record);
    this.hash.add(record.file, JSON.stringify(record.values), record.extra);
  }

  /** Checks a link and sets its key; false for a link to drop (in error, or a duplicate row). */
  link(record: LinkRecordOf): boolean {
    if (!this.checkFields(LINK_FILES[record.file].fields, record)) return false;
    const json = JSON.stringify(record.values);
    // As hex text: a Buffer per row cost more than the hash (its ArrayBuffer made and swept).
    const digest = hash("sha256", `${record.file}\u0000${json}`, "hex");
    if (!this.rows.add(digest)) {
      this.duplicates.set(record.fileName, (this.duplicates.get(record.fileName) ?? 0) + 1);
      return false;
    }
    if (record.file === "transfers") {
      const id = record.values.id as string;
      const firstLine = this.transferIds.get(id);
      if (firstLine !== undefined) {
        this.problems.push({
          file: record.fileName,
          line: record.line,
          field: "id",
          message: `duplicate transfer id ${JSON.stringify(id)} (first at line ${firstLine})`,
        });
      } else {
        this.transferIds.set(id, record.line);
      }
    }
    record.key = linkKey(record, digest);
    this.hash.add(record.file, json, record.extra);
    return true;
  }

  /** One notice per file with exact duplicate rows merged. */
  notices(): string[] {
    return [...this.duplicates].map(
      ([fileName, count]) => `${fileName}: ${count} exact duplicate rows merged`,
    );
  }

  private checkFields(fields: FieldSet, record: EntityRecordOf | LinkRecordOf): boolean {
    let valid = true;
    for (const [name, types] of referenceFieldsOf(fields)) {
      const value = record.values[name];
      if (value === undefined) continue;
      if (Array.isArray(value)) {
        const resolved: string[] = [];
        for (const id of value as string[]) {
          if (!this.checkId(id, name, types, record)) valid = false;
          resolved.push(this.resolve(id, record));
        }
        record.values[name] = resolved;
      } else {
        const id = value as string;
        if (!this.checkId(id, name, types, record)) valid = false;
        record.values[name] = this.resolve(id, record);
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
  private resolve(id: string, record: EntityRecordOf | LinkRecordOf): string {
    const target = this.redirect.get(id);
    if (target === undefined) return id;
    const named = this.registry.rank(id) ?? 0;
    const own = classificationRank(record.values.classification as Classification);
    if (named > own) record.values.classification = CLASSIFICATIONS[named];
    return target;
  }

  private checkId(
    id: string,
    name: string,
    types: readonly string[],
    record: EntityRecordOf | LinkRecordOf,
  ): boolean {
    const type = this.registry.typeOf(id);
    if (type !== undefined && types.includes(type)) return true;
    this.problems.push({
      file: record.fileName,
      line: record.line,
      field: name,
      message:
        type === undefined
          ? `unknown id ${JSON.stringify(id)}`
          : `${JSON.stringify(id)} is a ${type}, expected ${types.join(" or ")}`,
    });
    return false;
  }
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

/**
 * A link's identity, the same in every import of the same record wherever its
 * row stands: a transfer's own id, otherwise the file and a digest of the
 * record's values (its ends, time, source and every other field; exact
 * duplicates are merged before, so no two kept rows share one). Never a row
 * number, which would tie a record to its neighbours and count hidden rows.
 */
function linkKey(record: LinkRecordOf, rowDigest: string): string {
  if (record.file === "transfers") return record.values.id as string;
  return `${record.file}:${rowDigest.slice(0, 2 * LINK_DIGEST_BYTES)}`;
}

/** 80 bits: a chance of about 1 in 10^12 that two of a million links collide. */
const LINK_DIGEST_BYTES = 10;
