/**
 * The entity graph read back from Neo4j in pages (keyset pagination on
 * indexed properties, so each page is a short read transaction and the cost
 * does not grow with the offset), in first-import order, with the memory
 * store's keys and attributes.
 */
import neo4j from "neo4j-driver";
import { createEntityGraph, type EntityGraph } from "../../model/index.ts";
import type { ProgressCallback } from "../types.ts";
import type { Executor } from "./executor.ts";
import { ENTITY_ID, LINK_KEY, SEQUENCE } from "./properties.ts";
import { addLinksInImportOrder, nodeAttributes, type StoredLink } from "./read-back.ts";
import { ENTITY_LABEL, META_ID, META_LABEL, RELATIONSHIP_TYPES } from "./vocabulary.ts";

export const DEFAULT_PAGE_SIZE = 10_000;

const nodePage = `
MATCH (n:${ENTITY_LABEL}) WHERE n.${SEQUENCE} > $after
RETURN n.${SEQUENCE} AS seq, n.${ENTITY_ID} AS id, properties(n) AS properties
ORDER BY n.${SEQUENCE} LIMIT $limit`;

const linkPage = (type: string) => `
MATCH (a)-[r:${type}]->(b) WHERE r.${LINK_KEY} > $after
RETURN r.${LINK_KEY} AS key, r.${SEQUENCE} AS seq, a.${ENTITY_ID} AS source, b.${ENTITY_ID} AS target,
       properties(r) AS properties
ORDER BY r.${LINK_KEY} LIMIT $limit`;

export async function readEntityGraph(
  executor: Executor,
  options: { pageSize?: number; onProgress?: ProgressCallback } = {},
): Promise<EntityGraph> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`neo4j store: page size must be a positive whole number, not ${pageSize}`);
  }
  const limit = neo4j.int(pageSize);
  const graph = createEntityGraph();
  const totals = await executor.read(async (run) => {
    const meta = await run(
      `MATCH (g:${META_LABEL} {${ENTITY_ID}: $id}) RETURN g.attributes AS attributes`,
      { id: META_ID },
    );
    const attributes = meta.records[0]?.get("attributes") as string | undefined;
    if (attributes) graph.replaceAttributes(JSON.parse(attributes));
    const count = await run(
      `MATCH (n:${ENTITY_LABEL}) WITH count(n) AS nodes
       MATCH ()-[r:${[...RELATIONSHIP_TYPES.values()].join("|")}]->() RETURN nodes, count(r) AS links`,
    );
    return (count.records[0]?.get("nodes") ?? 0) + (count.records[0]?.get("links") ?? 0);
  });
  let done = 0;

  for (let after = -1; ;) {
    const page = await executor.read((run) => run(nodePage, { after, limit }));
    for (const record of page.records) {
      const properties = record.get("properties") as Record<string, unknown>;
      graph.addNode(record.get("id"), nodeAttributes(properties) as never);
    }
    done += page.records.length;
    options.onProgress?.(done, totals);
    if (page.records.length < pageSize) break;
    after = page.records.at(-1)!.get("seq");
  }

  const links: StoredLink[] = [];
  for (const type of RELATIONSHIP_TYPES.values()) {
    for (let after = ""; ;) {
      const page = await executor.read((run) => run(linkPage(type), { after, limit }));
      for (const record of page.records) links.push(record.toObject() as StoredLink);
      done += page.records.length;
      options.onProgress?.(done, totals);
      if (page.records.length < pageSize) break;
      after = page.records.at(-1)!.get("key");
    }
  }
  // Pages come per type in key order; the memory store's order is first-import order.
  addLinksInImportOrder(graph, links);
  return graph;
}
