/**
 * The properties the query layer reads besides the records' own: the
 * classification rank of every entity and link (for the clearance WHERE) and
 * the full-text tokens of every entity (search-terms.ts), and on the graph's
 * own node the highest rank the store holds (a caller below it may not see
 * line numbers: engine/access/visibility.ts). The import writes them; a
 * database imported before they existed gets them here, page by page, when
 * the store connects (an unchanged re-import writes nothing).
 */
import neo4j from "neo4j-driver";
import { classificationRank, CLASSIFICATIONS, type EntityAttributes } from "../../model/index.ts";
import type { Executor } from "./executor.ts";
import { ENTITY_ID, RANK, SEARCH_TERMS } from "./properties.ts";
import { nodeAttributes } from "./read-back.ts";
import { searchTerms } from "./search-terms.ts";
import { ENTITY_LABEL, LINK_PATTERN, META_ID, META_LABEL } from "./vocabulary.ts";
import type { Run } from "./executor.ts";

const TOP_RANK = "top_rank";

const writeTopRank = `
CALL {
  MATCH (n:${ENTITY_LABEL}) RETURN max(n.${RANK}) AS rank
  UNION ALL
  MATCH ()-[r:${LINK_PATTERN}]->() RETURN max(r.${RANK}) AS rank
}
WITH max(rank) AS top
MERGE (g:${META_LABEL} {${ENTITY_ID}: $id}) SET g.${TOP_RANK} = top`;

const readTopRank = `MATCH (g:${META_LABEL} {${ENTITY_ID}: $id}) RETURN g.${TOP_RANK} AS top`;

/** After every import: the highest rank held. */
export const updateTopRank = (run: Run) => run(writeTopRank, { id: META_ID });

/** Whether the store holds records above the caller's rank. */
export async function hidesAny(run: Run, rank: number): Promise<boolean> {
  const top = (await run(readTopRank, { id: META_ID })).records[0]?.get("top");
  return typeof top === "number" && top > rank;
}

export const entityQueryProperties = (attributes: EntityAttributes) => ({
  [RANK]: neo4j.int(classificationRank(attributes.classification)),
  [SEARCH_TERMS]: searchTerms(attributes),
});

export const linkQueryProperties = (attributes: {
  classification: EntityAttributes["classification"];
}) => ({
  [RANK]: neo4j.int(classificationRank(attributes.classification)),
});

const missingEntities = `
MATCH (n:${ENTITY_LABEL}) WHERE n.${SEARCH_TERMS} IS NULL OR n.${RANK} IS NULL
RETURN n.${ENTITY_ID} AS id, properties(n) AS properties LIMIT $limit`;

const setEntities = `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {${ENTITY_ID}: row.id}) SET n += row.props`;

const setLinks = `
MATCH ()-[r:${LINK_PATTERN}]->() WHERE r.${RANK} IS NULL
WITH r LIMIT $limit
SET r.${RANK} = CASE r.classification ${CLASSIFICATIONS.map(
  (level, rank) => `WHEN '${level}' THEN ${rank}`,
).join(" ")} END
RETURN count(r) AS written`;

export async function addMissingQueryProperties(
  executor: Executor,
  pageSize: number,
): Promise<void> {
  const limit = neo4j.int(pageSize);
  for (;;) {
    const page = await executor.read((run) => run(missingEntities, { limit }));
    if (page.records.length === 0) break;
    const rows = page.records.map((record) => ({
      id: record.get("id"),
      props: entityQueryProperties(nodeAttributes(record.get("properties")) as EntityAttributes),
    }));
    await executor.write((run) => run(setEntities, { rows }));
  }
  for (;;) {
    const written = await executor.write((run) => run(setLinks, { limit }));
    if (written.records[0]?.get("written") === 0) break;
  }
  await executor.write(updateTopRank);
}
