/**
 * One phone number becomes one node, whatever ids and written forms it came
 * under: subscriber records from different providers name the same number
 * differently, and a shared phone is exactly the evidence analysts look for.
 *
 * The record kept is the least classified one (first in file order on a tie),
 * because the number itself is known at that level; the others' ids are kept
 * as `mergedIds` and every link to them is redirected. Phones are offered one
 * by one as the file is read (only their ids are held); the merge is decided
 * once the file is read, before any record is handed on.
 */
import type { EntityRecordOf } from "./dataset.ts";
import type { IdRegistry } from "./id-registry.ts";

export interface PhoneMerge {
  /** Merged id -> the id kept. */
  redirect: Map<string, string>;
  /** Kept id -> the ids merged into it. */
  mergedIds: Map<string, string[]>;
  notices: string[];
}

export class PhoneGroups {
  /** Number -> its first id, or every id once it has several; in order of first appearance. */
  private readonly byNumber = new Map<string, string | string[]>();
  /** Merged id -> the id kept: empty until merge() (a reference checker holds it from the start). */
  readonly redirect = new Map<string, string>();

  add(record: EntityRecordOf): void {
    if (record.file !== "phones") return;
    const number = record.values.number as string;
    const id = record.values.id as string;
    const ids = this.byNumber.get(number);
    if (ids === undefined) this.byNumber.set(number, id);
    else if (typeof ids === "string") this.byNumber.set(number, [ids, id]);
    else ids.push(id);
  }

  /** The merge, reading each id's classification from the registry. */
  merge(registry: IdRegistry): PhoneMerge {
    const merge: PhoneMerge = { redirect: this.redirect, mergedIds: new Map(), notices: [] };
    for (const [number, ids] of this.byNumber) {
      if (typeof ids === "string") continue;
      const rank = (id: string) => registry.rank(id) ?? 0;
      const kept = ids.reduce((best, id) => (rank(id) < rank(best) ? id : best));
      merge.mergedIds.set(
        kept,
        ids.filter((id) => id !== kept),
      );
      for (const id of ids) if (id !== kept) merge.redirect.set(id, kept);
      merge.notices.push(`phones: ${number} appears under ${ids.length} ids; merged into ${kept}`);
    }
    return merge;
  }
}
