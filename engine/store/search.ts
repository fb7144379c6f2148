/**
 * Search as both stores answer it: the text read as an id, a phone number, a
 * plate and a name, in that order, each store finding candidates in its own
 * indexes with the caller's clearance and type filter already applied.
 */
import {
  findPhones,
  looksLikePhone,
  normaliseName,
  plateKey,
  type PhoneLookup,
} from "./search-text.ts";
import {
  defaultQueryOptions,
  type EntitySummary,
  type MatchKind,
  type SearchHit,
  type SearchOptions,
} from "./queries.ts";

/** One store's lookups for one caller: every list holds only entities the caller may see, ids ascending. */
export interface SearchFinder extends PhoneLookup {
  byId(id: string): Promise<string[]>;
  byPlate(plate: string): Promise<string[]>;
  /** Names similar to a normalised query, best first (ids ascending among equals), at most `limit`. */
  byName(query: string, limit: number): Promise<Array<{ id: string; score: number }>>;
  summaries(ids: string[]): Promise<Map<string, EntitySummary>>;
}

export async function runSearch(
  text: string,
  options: SearchOptions,
  finder: SearchFinder,
): Promise<SearchHit[]> {
  const limit = options.limit ?? defaultQueryOptions.searchLimit;
  const kind = options.kind ?? "any";
  const trimmed = text.trim();
  const found = new Map<string, { match: MatchKind; score: number }>();
  const add = (ids: string[], match: MatchKind) => {
    for (const id of ids) if (!found.has(id)) found.set(id, { match, score: 1 });
  };
  if (trimmed === "") return [];
  if (kind === "any") add(await finder.byId(trimmed), "id");
  if (kind === "phone" || (kind === "any" && looksLikePhone(trimmed)))
    add(await findPhones(trimmed, finder), "phone");
  if (kind === "plate" || kind === "any") {
    const plate = plateKey(trimmed);
    if (plate) add(await finder.byPlate(plate), "plate");
  }
  if (kind === "name" || kind === "any") {
    const query = normaliseName(trimmed);
    if (query !== "") {
      for (const hit of await finder.byName(query, limit)) {
        if (!found.has(hit.id)) found.set(hit.id, { match: "name", score: hit.score });
      }
    }
  }
  const ids = [...found.keys()].slice(0, limit);
  const summaries = await finder.summaries(ids);
  return ids.map((id) => ({ ...summaries.get(id)!, ...found.get(id)! }));
}
