/**
 * Databases written before the store typed its values and prefixed its
 * bookkeeping (`seq`, `classification_rank`, `search_terms`; dates as text,
 * `lat` and `lon` as two floats) are rewritten as a fresh import would write
 * them when the store connects, page by page: the bookkeeping renamed, the
 * records' values typed (properties.ts). The query properties are then added
 * by query-properties.ts. A database of today's shape has no `seq`: Neo4j
 * then has no such property key at all, which one look at its list of keys
 * tells without a scan of every node and relationship (seconds at 1M links).
 */
import neo4j from "neo4j-driver";
import type { Executor } from "./executor.ts";
import { ENTITY_ID, SEQUENCE, toProperties } from "./properties.ts";
import { linkAttributes, nodeAttributes } from "./read-back.ts";
import { ENTITY_LABEL, LINK_PATTERN } from "./vocabulary.ts";

const OLD_SEQUENCE = "seq";
const OLD_NAMES = [OLD_SEQUENCE, "classification_rank", "search_terms"];

const oldNodes = `
MATCH (n:${ENTITY_LABEL}) WHERE n.${OLD_SEQUENCE} IS NOT NULL
RETURN n.${ENTITY_ID} AS id, properties(n) AS properties LIMIT $limit`;
const rewriteNodes = `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {${ENTITY_ID}: row.id}) SET n += row.props`;

const oldLinks = `
MATCH ()-[r:${LINK_PATTERN}]->() WHERE r.${OLD_SEQUENCE} IS NOT NULL
RETURN elementId(r) AS id, properties(r) AS properties LIMIT $limit`;
const rewriteLinks = `
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.id SET r += row.props`;

const hasOldSequence = `CALL db.propertyKeys() YIELD propertyKey
WITH propertyKey WHERE propertyKey = '${OLD_SEQUENCE}' RETURN count(*) > 0 AS found`;

export async function rewriteLegacyProperties(executor: Executor, pageSize: number) {
  const old = await executor.read((run) => run(hasOldSequence));
  if (old.records[0]?.get("found") !== true) return;
  const limit = neo4j.int(pageSize);
  for (const [read, write, attributesOf] of [
    [oldNodes, rewriteNodes, nodeAttributes],
    [oldLinks, rewriteLinks, linkAttributes],
  ] as const) {
    for (;;) {
      const page = await executor.read((run) => run(read, { limit }));
      if (page.records.length === 0) break;
      const rows = page.records.map((record) => {
        const stored = record.get("properties") as Record<string, unknown>;
        const attributes = attributesOf(stored);
        for (const name of OLD_NAMES) delete attributes[name];
        const props: Record<string, unknown> = toProperties(attributes);
        // What the new shape no longer holds goes: the old names, and lat and lon once a point.
        for (const name of [...OLD_NAMES, "lat", "lon"]) if (!(name in props)) props[name] = null;
        props[SEQUENCE] = neo4j.int(stored[OLD_SEQUENCE] as number);
        return { id: record.get("id"), props };
      });
      await executor.write((run) => run(write, { rows }));
    }
  }
}
