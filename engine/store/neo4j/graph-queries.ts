/** The store queries (../queries.ts) in Cypher, with the memory store's answers. */
import neo4j from "neo4j-driver";
import { createEntityGraph, type EntityAttributes, type EntityGraph } from "../../model/index.ts";
import { egoEntities } from "../memory/graph-queries.ts";
import {
  checkedDepth,
  comparePaths,
  defaultQueryOptions,
  searchKey,
  type EgoOptions,
  type EntityDetail,
  type EntityHit,
  type PathOptions,
} from "../queries.ts";
import type { Executor } from "./executor.ts";
import { ENTITY_ID, LINK_KEY, SEQUENCE } from "./properties.ts";
import { addLinksInImportOrder, nodeAttributes, type StoredLink } from "./read-back.ts";
import { ENTITY_LABEL, LINK_PATTERN } from "./vocabulary.ts";

const entityQuery = `
MATCH (n:${ENTITY_LABEL} {${ENTITY_ID}: $id})
RETURN properties(n) AS properties, COUNT { (n)-[:${LINK_PATTERN}]-() } AS degree`;

const searchQuery = `
MATCH (n:${ENTITY_LABEL})
WHERE n.${ENTITY_ID} = $id OR toLower(n.label) CONTAINS $key
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $key)
RETURN n.${ENTITY_ID} AS id, n.type AS type, n.label AS label
ORDER BY id LIMIT $limit`;

const neighboursQuery = `
UNWIND $ids AS id
MATCH (:${ENTITY_LABEL} {${ENTITY_ID}: id})-[:${LINK_PATTERN}]-(m:${ENTITY_LABEL})
RETURN DISTINCT m.${ENTITY_ID} AS id`;

const subgraphQuery = `
UNWIND $ids AS id
MATCH (a:${ENTITY_LABEL} {${ENTITY_ID}: id})
OPTIONAL MATCH (a)-[r:${LINK_PATTERN}]->(b:${ENTITY_LABEL}) WHERE b.${ENTITY_ID} IN $ids
RETURN a.${ENTITY_ID} AS id, properties(a) AS node,
       collect({ key: r.${LINK_KEY}, seq: r.${SEQUENCE}, target: b.${ENTITY_ID}, properties: properties(r) }) AS links`;

const pathsQuery = (maxLength: number) => `
MATCH (a:${ENTITY_LABEL} {${ENTITY_ID}: $from}), (b:${ENTITY_LABEL} {${ENTITY_ID}: $to})
MATCH p = allShortestPaths((a)-[:${LINK_PATTERN}*..${maxLength}]-(b))
RETURN DISTINCT [n IN nodes(p) | n.${ENTITY_ID}] AS ids`;

export async function entity(executor: Executor, id: string): Promise<EntityDetail | undefined> {
  const result = await executor.read((run) => run(entityQuery, { id }));
  const record = result.records[0];
  if (!record) return undefined;
  return {
    id,
    attributes: nodeAttributes(record.get("properties")) as EntityAttributes,
    degree: record.get("degree"),
  };
}

export async function search(
  executor: Executor,
  text: string,
  limit = defaultQueryOptions.searchLimit,
): Promise<EntityHit[]> {
  const key = searchKey(text);
  if (key === "") return [];
  const result = await executor.read((run) =>
    run(searchQuery, { id: text.trim(), key, limit: neo4j.int(limit) }),
  );
  return result.records.map((record) => record.toObject() as EntityHit);
}

export async function egoNetwork(
  executor: Executor,
  centre: string,
  options: EgoOptions = {},
): Promise<EntityGraph | undefined> {
  const depth = checkedDepth("depth", options.depth ?? defaultQueryOptions.depth);
  const limit = options.limit ?? defaultQueryOptions.egoLimit;
  return executor.read(async (run) => {
    const ids = await egoEntities(
      async (frontier) =>
        (await run(neighboursQuery, { ids: frontier })).records.map((r) => r.get("id") as string),
      centre,
      depth,
      limit,
    );
    const result = await run(subgraphQuery, { ids });
    if (result.records.length === 0) return undefined;
    const ego = createEntityGraph();
    const byId = new Map(result.records.map((record) => [record.get("id") as string, record]));
    for (const id of ids) {
      ego.addNode(id, nodeAttributes(byId.get(id)!.get("node")) as never);
    }
    const links = result.records.flatMap((record) =>
      (record.get("links") as Omit<StoredLink, "source">[])
        .filter((link) => link.key !== null)
        .map((link) => ({ ...link, source: record.get("id") as string })),
    );
    addLinksInImportOrder(ego, links);
    return ego;
  });
}

export async function shortestPaths(
  executor: Executor,
  from: string,
  to: string,
  options: PathOptions = {},
): Promise<string[][]> {
  const maxLength = checkedDepth("maxLength", options.maxLength ?? defaultQueryOptions.maxLength);
  const limit = options.limit ?? defaultQueryOptions.pathLimit;
  return executor.read(async (run) => {
    const ends = await run(
      `MATCH (n:${ENTITY_LABEL}) WHERE n.${ENTITY_ID} IN [$from, $to] RETURN count(n) AS found`,
      { from, to },
    );
    const found = ends.records[0]?.get("found") as number;
    if (from === to) return found === 1 ? [[from]] : [];
    // allShortestPaths needs at least one link to walk; zero-length is answered above.
    if (found < 2 || maxLength === 0) return [];
    const result = await run(pathsQuery(maxLength), { from, to });
    return result.records
      .map((record) => record.get("ids") as string[])
      .sort(comparePaths)
      .slice(0, limit);
  });
}
