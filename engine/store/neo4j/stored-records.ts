/**
 * The stored records an import's merge plan needs (merge-plan.ts), read in
 * batches: the entities and links the incoming graph names, and every record
 * of the dataset being imported. Only these leave the server, never the
 * whole graph, and each batch is a short read transaction seeking the id and
 * key indexes.
 */
import type { EntityAttributes, EntityGraph, LinkAttributes } from "../../model/index.ts";
import type { StoredLink, StoredRecords } from "../merge-plan.ts";
import type { Executor } from "./executor.ts";
import { ENTITY_ID, LINK_KEY, fromProperties } from "./properties.ts";
import { LINK_BOOKKEEPING, nodeAttributes } from "./read-back.ts";
import { ENTITY_LABEL, LINK_PATTERN, relationshipTypeOf } from "./vocabulary.ts";

const entitiesById = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {${ENTITY_ID}: id})
RETURN id, properties(n) AS properties`;

const linksByKey = (type: string) => `
UNWIND $keys AS key
MATCH (a)-[r:${type} {${LINK_KEY}: key}]->(b)
RETURN key, a.${ENTITY_ID} AS source, b.${ENTITY_ID} AS target, properties(r) AS properties`;

const datasetEntities = `
MATCH (n:${ENTITY_LABEL}) WHERE n.provenance_dataset = $name
RETURN n.${ENTITY_ID} AS id, properties(n) AS properties`;

const datasetLinks = `
MATCH (a)-[r:${LINK_PATTERN}]->(b) WHERE r.provenance_dataset = $name
RETURN r.${LINK_KEY} AS key, a.${ENTITY_ID} AS source, b.${ENTITY_ID} AS target,
       properties(r) AS properties`;

export async function readStoredRecords(
  executor: Executor,
  incoming: EntityGraph,
  batchSize: number,
): Promise<StoredRecords> {
  const entities = new Map<string, EntityAttributes>();
  const links = new Map<string, StoredLink>();
  const name = incoming.getAttribute("dataset") ?? "";
  const keepEntities = (rows: { get(key: string): unknown }[]) => {
    for (const row of rows) {
      const attributes = nodeAttributes(row.get("properties") as Record<string, unknown>);
      entities.set(row.get("id") as string, attributes as unknown as EntityAttributes);
    }
  };
  const keepLinks = (rows: { get(key: string): unknown }[]) => {
    for (const row of rows) {
      const properties = row.get("properties") as Record<string, unknown>;
      links.set(row.get("key") as string, {
        source: row.get("source") as string,
        target: row.get("target") as string,
        attributes: fromProperties(properties, LINK_BOOKKEEPING) as unknown as LinkAttributes,
      });
    }
  };

  const ids = incoming.nodes();
  for (let start = 0; start < ids.length; start += batchSize) {
    const batch = ids.slice(start, start + batchSize);
    keepEntities((await executor.read((run) => run(entitiesById, { ids: batch }))).records);
  }
  const keysByType = new Map<string, string[]>();
  incoming.forEachEdge((edge, attributes) => {
    const keys = keysByType.get(attributes.type) ?? [];
    keys.push(edge);
    keysByType.set(attributes.type, keys);
  });
  for (const [type, keys] of keysByType) {
    const query = linksByKey(relationshipTypeOf(type));
    for (let start = 0; start < keys.length; start += batchSize) {
      const batch = keys.slice(start, start + batchSize);
      keepLinks((await executor.read((run) => run(query, { keys: batch }))).records);
    }
  }
  const own = await executor.read(async (run) => ({
    entities: (await run(datasetEntities, { name })).records,
    links: (await run(datasetLinks, { name })).records,
  }));
  keepEntities(own.entities);
  keepLinks(own.links);

  return {
    entity: (id) => entities.get(id),
    link: (key) => links.get(key),
    datasetEntities: () =>
      [...entities].filter(([, entity]) => entity.provenance_dataset === name).map(([id]) => id),
    datasetLinks: () =>
      [...links]
        .filter(([, link]) => link.attributes.provenance_dataset === name)
        .map(([key]) => key),
  };
}
