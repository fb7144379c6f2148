/**
 * One phone number becomes one node, whatever ids and written forms it came
 * under: subscriber records from different providers name the same number
 * differently, and a shared phone is exactly the evidence analysts look for.
 *
 * The record kept is the least classified one (first in file order on a tie),
 * because the number itself is known at that level; the others' ids are kept
 * as `mergedIds` and every link to them is redirected.
 */
import { classificationRank, type Classification } from "../model/index.ts";
import type { EntityRecordOf } from "./dataset.ts";

export interface PhoneMerge {
  entities: EntityRecordOf[];
  /** Merged id -> the id kept. */
  redirect: Map<string, string>;
  notices: string[];
}

export function mergePhonesByNumber(entities: EntityRecordOf[]): PhoneMerge {
  const byNumber = new Map<string, EntityRecordOf[]>();
  for (const record of entities) {
    if (record.file !== "phones") continue;
    const number = record.values.number as string;
    const group = byNumber.get(number);
    if (group) group.push(record);
    else byNumber.set(number, [record]);
  }
  const redirect = new Map<string, string>();
  const dropped = new Set<EntityRecordOf>();
  const notices: string[] = [];
  for (const [number, group] of byNumber) {
    if (group.length < 2) continue;
    const rank = (record: EntityRecordOf) =>
      classificationRank(record.values.classification as Classification);
    const kept = group.reduce((best, record) => (rank(record) < rank(best) ? record : best));
    const keptId = kept.values.id as string;
    kept.mergedIds = group
      .filter((record) => record !== kept)
      .map((record) => record.values.id as string);
    for (const record of group) {
      if (record === kept) continue;
      redirect.set(record.values.id as string, keptId);
      dropped.add(record);
    }
    notices.push(`phones: ${number} appears under ${group.length} ids; merged into ${keptId}`);
  }
  return { entities: entities.filter((record) => !dropped.has(record)), redirect, notices };
}
