/**
 * Search in Cypher: ids through the unique constraint's index, everything
 * else through the full-text index of search-terms.ts, with the clearance and
 * the type filter in the WHERE before any LIMIT. Fuzzy names are scored in
 * TypeScript with the memory store's similarity, over the best-matching
 * candidates Lucene returns.
 */
import neo4j from "neo4j-driver";
import { classificationRank } from "../../model/index.ts";
import { compareIds, entitySummary, type SearchHit, type SearchOptions } from "../queries.ts";
import { runSearch } from "../search.ts";
import { MIN_SIMILARITY, bestSimilarity, namesOf, trigramsOf } from "../search-text.ts";
import type { Executor, Run } from "./executor.ts";
import { ENTITY_ID, RANK } from "./properties.ts";
import { SEARCH_INDEX, SEARCH_INDEX_WAIT_SECONDS } from "./schema.ts";
import { anyOf, endingTerm, gramTerm, numberTerm, plateTerm } from "./search-terms.ts";
import { ENTITY_LABEL } from "./vocabulary.ts";

/** Name candidates read from the full-text index, best Lucene score first. */
export const NAME_CANDIDATES = 1000;
/** Exact tokens (a number, a plate) name few entities; more are cut here. */
const EXACT_CANDIDATES = 1000;

const VISIBLE = `n.${RANK} <= $rank AND ($types IS NULL OR n.type IN $types)`;

const byIdQuery = `
MATCH (n:${ENTITY_LABEL} {${ENTITY_ID}: $id}) WHERE ${VISIBLE}
RETURN n.${ENTITY_ID} AS id`;

// The procedure streams in descending score, so the LIMIT after the WHERE stops it early.
const byTermsQuery = (where: string) => `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node AS n
WHERE ${VISIBLE}${where}
RETURN n.${ENTITY_ID} AS id, n.type AS type, n.label AS label, n.aliases AS aliases
LIMIT $candidates`;

const summariesQuery = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {${ENTITY_ID}: id})
RETURN id, properties(n) AS properties`;

/**
 * Per connection, the wait for the search index to be online: the store
 * connects without waiting for it (schema.ts), so the first search waits
 * here, once, rather than answer from an index still being built.
 */
const searchIndexOnline = new WeakMap<Executor, Promise<unknown>>();

function searchIndexReady(executor: Executor): Promise<unknown> {
  let ready = searchIndexOnline.get(executor);
  if (ready === undefined) {
    ready = executor.read((run) =>
      run(`CALL db.awaitIndex('${SEARCH_INDEX}', ${SEARCH_INDEX_WAIT_SECONDS})`),
    );
    // A failed wait (a timeout) is tried again by the next search.
    ready.catch(() => searchIndexOnline.delete(executor));
    searchIndexOnline.set(executor, ready);
  }
  return ready;
}

export async function search(
  executor: Executor,
  text: string,
  options: SearchOptions,
): Promise<SearchHit[]> {
  await searchIndexReady(executor);
  const base = {
    rank: neo4j.int(classificationRank(options.clearance)),
    types: options.types ?? null,
  };
  return executor.read((run) => {
    const ids = async (query: string, parameters: Record<string, unknown>) =>
      (await run(query, { ...base, ...parameters })).records
        .map((record) => record.get("id") as string)
        .sort(compareIds);
    const exact = (term: string, where = "", extra: Record<string, unknown> = {}) =>
      ids(byTermsQuery(where), {
        query: anyOf([term]),
        candidates: neo4j.int(EXACT_CANDIDATES),
        ...extra,
      });
    return runSearch(text, options, {
      byId: (id) => ids(byIdQuery, { id }),
      byNumber: (e164) => exact(numberTerm(e164)),
      byEnding: (digits) =>
        exact(endingTerm(digits), " AND n.number ENDS WITH $digits", { digits }),
      byPlate: (plate) => exact(plateTerm(plate)),
      byName: (query, limit) => byName(run, base, query, limit),
      summaries: async (wanted) => {
        const result = await run(summariesQuery, { ids: wanted });
        return new Map(
          result.records.map((record) => [
            record.get("id") as string,
            entitySummary(record.get("id"), record.get("properties")),
          ]),
        );
      },
    });
  });
}

async function byName(
  run: Run,
  base: Record<string, unknown>,
  query: string,
  limit: number,
): Promise<Array<{ id: string; score: number }>> {
  const result = await run(byTermsQuery(""), {
    ...base,
    query: anyOf([...trigramsOf(query)].map(gramTerm)),
    candidates: neo4j.int(NAME_CANDIDATES),
  });
  return result.records
    .map((record) => {
      const names = namesOf(record.toObject() as never);
      return { id: record.get("id") as string, score: bestSimilarity(query, names) };
    })
    .filter((hit) => hit.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score || compareIds(a.id, b.id))
    .slice(0, limit);
}
