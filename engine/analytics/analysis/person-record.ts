/**
 * A person's record in an analysis, by id. Boards and their briefings look
 * up every member of a board, so the index is built once per analysis (and
 * dropped with it) instead of scanning the persons for each.
 */
import type { ActorRecord, Analysis } from "./types.ts";

const indexes = new WeakMap<Analysis, Map<string, ActorRecord>>();

export function personRecord(analysis: Analysis, id: string): ActorRecord | undefined {
  let index = indexes.get(analysis);
  if (!index) {
    index = new Map(analysis.persons.map((person) => [person.id, person]));
    indexes.set(analysis, index);
  }
  return index.get(id);
}
