/**
 * The stored records an import's merge plan needs (merge-plan.ts), read in
 * batches: the entities and links the incoming graph names, and every record
 * of the dataset being imported. Only these leave the server, never the
 * whole graph, and of each only what the plan compares: its type, where it
 * was read and its content's digest (../record-digest.ts), a few dozen bytes instead of
 * the whole record. Each batch is a short read transaction seeking the id and
 * key indexes. The records the plan finds changed are then read whole
 * (`readWholeRecords`), for the properties their new version no longer has.
 */
import type { EntityAttributes, EntityGraph, LinkAttributes } from "../../model/index.ts";
import type { StoredLink, StoredRecords } from "../merge-plan.ts";
import type { Executor } from "./executor.ts";
import { ENTITY_ID, LINK_KEY } from "./properties.ts";
import { DIGEST } from "../record-digest.ts";
import { linkAttributes, nodeAttributes } from "./read-back.ts";
import { ENTITY_LABEL, LINK_PATTERN, relationshipTypeOf } from "./vocabulary.ts";

const summary = (name: string) =>
  ["type", "provenance_dataset", "provenance_file", "provenance_line", DIGEST]
    .map((property) => `${property}: ${name}.${property}`)
    .join(", ");

const entitiesById = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {${ENTITY_ID}: id})
RETURN id, n {${summary("n")}} AS properties`;

const linksByKey = (type: string) => `
UNWIND $keys AS key
MATCH (a)-[r:${type} {${LINK_KEY}: key}]->(b)
RETURN key, a.${ENTITY_ID} AS source, b.${ENTITY_ID} AS target, r {${summary("r")}} AS properties`;

const datasetEntities = `
MATCH (n:${ENTITY_LABEL}) WHERE n.provenance_dataset = $name
RETURN n.${ENTITY_ID} AS id, n {${summary("n")}} AS properties`;

const datasetLinks = `
MATCH (a)-[r:${LINK_PATTERN}]->(b) WHERE r.provenance_dataset = $name
RETURN r.${LINK_KEY} AS key, a.${ENTITY_ID} AS source, b.${ENTITY_ID} AS target,
       r {${summary("r")}} AS properties`;

type Row = { get(key: string): unknown };

/** The summary's properties the record has (a map projection gives null for the others). */
const present = (row: Row) =>
  Object.fromEntries(
    Object.entries(row.get("properties") as Record<string, unknown>).filter(
      ([, value]) => value !== null,
    ),
  );

export async function readStoredRecords(
  executor: Executor,
  incoming: EntityGraph,
  batchSize: number,
): Promise<StoredRecords> {
  const entities = new Map<string, EntityAttributes>();
  const links = new Map<string, StoredLink>();
  const name = incoming.getAttribute("dataset") ?? "";
  const keepEntities = (rows: Row[]) => {
    for (const row of rows) {
      entities.set(row.get("id") as string, present(row) as EntityAttributes);
    }
  };
  const keepLinks = (rows: Row[]) => {
    for (const row of rows) {
      links.set(row.get("key") as string, {
        source: row.get("source") as string,
        target: row.get("target") as string,
        attributes: present(row) as LinkAttributes,
      });
    }
  };

  const ids = incoming.nodes();
  for (let start = 0; start < ids.length; start += batchSize) {
    const batch = ids.slice(start, start + batchSize);
    keepEntities((await executor.read((run) => run(entitiesById, { ids: batch }))).records);
  }
  for (const [type, keys] of keysByType(incoming, incoming.edges())) {
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

const wholeEntities = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {${ENTITY_ID}: id})
RETURN id, properties(n) AS properties`;

const wholeLinks = (type: string) => `
UNWIND $keys AS id
MATCH ()-[r:${type} {${LINK_KEY}: id}]->()
RETURN id, properties(r) AS properties`;

export interface WholeRecords {
  entities: Map<string, Record<string, unknown>>;
  links: Map<string, Record<string, unknown>>;
}

/** The stored attributes of some entities and of some links of the incoming graph, whole. */
export async function readWholeRecords(
  executor: Executor,
  incoming: EntityGraph,
  ids: string[],
  keys: string[],
  batchSize: number,
): Promise<WholeRecords> {
  const whole: WholeRecords = { entities: new Map(), links: new Map() };
  const read = async (
    query: string,
    parameter: "ids" | "keys",
    items: string[],
    into: Map<string, Record<string, unknown>>,
    attributesOf: (properties: Record<string, unknown>) => Record<string, unknown>,
  ) => {
    for (let start = 0; start < items.length; start += batchSize) {
      const batch = items.slice(start, start + batchSize);
      const { records } = await executor.read((run) => run(query, { [parameter]: batch }));
      for (const row of records) into.set(row.get("id"), attributesOf(row.get("properties")));
    }
  };
  await read(wholeEntities, "ids", ids, whole.entities, nodeAttributes);
  for (const [type, ofType] of keysByType(incoming, keys)) {
    await read(wholeLinks(relationshipTypeOf(type)), "keys", ofType, whole.links, linkAttributes);
  }
  return whole;
}

function keysByType(graph: EntityGraph, keys: string[]): Map<string, string[]> {
  const byType = new Map<string, string[]>();
  for (const key of keys) {
    const type = graph.getEdgeAttribute(key, "type");
    const group = byType.get(type);
    if (group) group.push(key);
    else byType.set(type, [key]);
  }
  return byType;
}
