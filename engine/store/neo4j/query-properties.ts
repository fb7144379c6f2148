/**
 * The properties the store keeps beside the records' own: the
 * classification rank of every entity and link (for the clearance WHERE of
 * the query layer), the full-text tokens of every entity (search-terms.ts),
 * the digest of every record (../record-digest.ts, for re-imports), and on the graph's
 * own node the highest rank the store holds (a caller below it may not see
 * line numbers: engine/access/visibility.ts). The import writes them; a
 * database imported before they existed gets them here, page by page, when
 * the store connects (an unchanged re-import writes nothing).
 */
import neo4j from "neo4j-driver";
import {
  classificationRank,
  type EntityAttributes,
  type LinkAttributes,
} from "../../model/index.ts";
import type { Executor } from "./executor.ts";
import { ENTITY_ID, RANK, SEARCH_TERMS } from "./properties.ts";
import { linkAttributes, nodeAttributes } from "./read-back.ts";
import { DIGEST, recordDigest } from "../record-digest.ts";
import { searchTerms } from "./search-terms.ts";
import { ENTITY_LABEL, LINK_PATTERN, META_ID, META_LABEL } from "./vocabulary.ts";
import type { Run } from "./executor.ts";

/** On the graph's own node: the highest rank the store holds (the offline importer's files carry it too). */
export const TOP_RANK = "top_rank";

const writeTopRank = `
CALL {
  MATCH (n:${ENTITY_LABEL}) RETURN max(n.${RANK}) AS rank
  UNION ALL
  MATCH ()-[r:${LINK_PATTERN}]->() RETURN max(r.${RANK}) AS rank
}
WITH max(rank) AS top
MERGE (g:${META_LABEL} {${ENTITY_ID}: $id})
WITH g, top WHERE coalesce(g.${TOP_RANK}, -1) <> coalesce(top, -1)
SET g.${TOP_RANK} = top`;

const readTopRank = `MATCH (g:${META_LABEL} {${ENTITY_ID}: $id}) RETURN g.${TOP_RANK} AS top`;

const topRankKnown = async (executor: Executor) =>
  typeof (await executor.read((run) => run(readTopRank, { id: META_ID }))).records[0]?.get(
    "top",
  ) === "number";

/** After every import: the highest rank held (written only when it changed). */
export const updateTopRank = (run: Run) => run(writeTopRank, { id: META_ID });

/** Whether the store holds records above the caller's rank. */
export async function hidesAny(run: Run, rank: number): Promise<boolean> {
  const top = (await run(readTopRank, { id: META_ID })).records[0]?.get("top");
  return typeof top === "number" && top > rank;
}

export const entityQueryProperties = (attributes: EntityAttributes) => ({
  [RANK]: neo4j.int(classificationRank(attributes.classification)),
  [SEARCH_TERMS]: searchTerms(attributes),
  [DIGEST]: recordDigest(attributes),
});

export const linkQueryProperties = (attributes: LinkAttributes) => ({
  [RANK]: neo4j.int(classificationRank(attributes.classification)),
  [DIGEST]: recordDigest(attributes),
});

const missing = (name: string) =>
  [RANK, DIGEST, ...(name === "n" ? [SEARCH_TERMS] : [])]
    .map((property) => `${name}.${property} IS NULL`)
    .join(" OR ");

const missingEntities = `
MATCH (n:${ENTITY_LABEL}) WHERE ${missing("n")}
RETURN n.${ENTITY_ID} AS id, properties(n) AS properties LIMIT $limit`;

const setEntities = `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {${ENTITY_ID}: row.id}) SET n += row.props`;

const missingLinks = `
MATCH ()-[r:${LINK_PATTERN}]->() WHERE ${missing("r")}
RETURN elementId(r) AS id, properties(r) AS properties LIMIT $limit`;

const setLinks = `
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.id SET r += row.props`;

export async function addMissingQueryProperties(
  executor: Executor,
  pageSize: number,
): Promise<void> {
  const limit = neo4j.int(pageSize);
  let added = false;
  for (const [read, write, propertiesOf] of [
    [
      missingEntities,
      setEntities,
      (stored: Record<string, unknown>) =>
        entityQueryProperties(nodeAttributes(stored) as EntityAttributes),
    ],
    [
      missingLinks,
      setLinks,
      (stored: Record<string, unknown>) =>
        linkQueryProperties(linkAttributes(stored) as LinkAttributes),
    ],
  ] as const) {
    for (;;) {
      const page = await executor.read((run) => run(read, { limit }));
      if (page.records.length === 0) break;
      const rows = page.records.map((record) => ({
        id: record.get("id"),
        props: propertiesOf(record.get("properties")),
      }));
      await executor.write((run) => run(write, { rows }));
      added = true;
    }
  }
  // Every import keeps the highest rank up to date: only a database given ranks just now, or
  // never given its highest, needs the pass over every record that works it out.
  if (added || !(await topRankKnown(executor))) await executor.write(updateTopRank);
}
