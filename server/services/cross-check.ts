/**
 * The front-line cross-check: a batch of selectors (phone numbers, plates,
 * names) looked up through the store's search, each hit with the network
 * context an officer needs at a checkpoint: who is behind it, their
 * community, target rank and crime types.
 */
import type { FastifyRequest } from "fastify";
import { looksLikePhone, type SearchHit } from "../../engine/store/index.ts";
import { personContext } from "./describe.ts";
import type { LevelView } from "./world.ts";

export type SelectorKind = "phone" | "plate" | "name" | "auto";

export interface Selector {
  value: string;
  kind?: SelectorKind;
}

const NAME_HITS = 5;
/** Entities one number or plate names at most (merged records make one entity of a number). */
const EXACT_HITS = 100;

export async function crossCheck(request: FastifyRequest, view: LevelView, selectors: Selector[]) {
  const { store } = request.server;
  const caller = request.user!;
  const results = [];
  for (const selector of selectors) {
    let kind = selector.kind && selector.kind !== "auto" ? selector.kind : undefined;
    kind ??= looksLikePhone(selector.value) ? "phone" : undefined;
    let hits: SearchHit[] = [];
    if (kind === undefined) {
      hits = await store.search(selector.value, { ...caller, kind: "plate", limit: EXACT_HITS });
      kind = hits.length > 0 ? "plate" : "name";
    }
    if (hits.length === 0) {
      const limit = kind === "name" ? NAME_HITS : EXACT_HITS;
      hits = await store.search(selector.value, { ...caller, kind, limit });
    }
    results.push({ value: selector.value, kind, hits });
  }
  const standsFor = await store.actors(
    results.flatMap((result) => result.hits.map((hit) => hit.id)),
    caller,
  );
  const persons = new Map(
    (await store.records([...new Set([...standsFor.values()].flat())], caller)).map((record) => [
      record.id,
      record,
    ]),
  );
  return results.map((result) => ({
    ...result,
    hits: result.hits.map((hit) => ({
      ...hit,
      context: (standsFor.get(hit.id) ?? []).flatMap((id) => {
        const person = persons.get(id);
        return person ? [personContext(view, id, person.label!)] : [];
      }),
    })),
  }));
}
