/**
 * The query layer (../queries.ts) in Cypher, with the memory store's answers:
 * every entity and link read passes `_rank <= $rank` (the classification's rank) in its
 * WHERE, every list has a LIMIT, and every value is a parameter.
 */
import neo4j from "neo4j-driver";
import { visibleAttributes, visibleLinkAttributes, waypointsOf } from "../../access/visibility.ts";
import {
  classificationRank,
  createEntityGraph,
  type EntityAttributes,
  type LinkAttributes,
} from "../../model/index.ts";
import {
  ACTOR_TYPES,
  PATH_COUNT_CAP,
  checkedDepth,
  comparePaths,
  defaultQueryOptions,
  entitySummary,
  handling,
  linkDate,
  linkRole,
  type Caller,
  type EgoOptions,
  type EntityRecord,
  type PathOptions,
  type PathsAnswer,
  type RecordSummary,
  type Subgraph,
  type WalkFilters,
} from "../queries.ts";
import { egoEntities } from "../walks.ts";
import type { Executor, Run } from "./executor.ts";
import { ENTITY_ID, LINK_KEY, RANK } from "./properties.ts";
import { hidesAny } from "./query-properties.ts";
import { linkAttributes, nodeAttributes } from "./read-back.ts";
import { ENTITY_LABEL, LINK_PATTERN, RELATIONSHIP_TYPES } from "./vocabulary.ts";

const rankOf = (caller: Caller) => neo4j.int(classificationRank(caller.clearance));
const hides = (run: Run, caller: Caller) => hidesAny(run, classificationRank(caller.clearance));
const visible = (...names: string[]) =>
  names.map((name) => `${name}.${RANK} <= $rank`).join(" AND ");

/** The walk's date filter on link `r`, as dateWithin (../queries.ts) reads it: on the text of a DATE or DATETIME. */
const DATED = `
  WITH *, toString(coalesce(r.date, r.start, r.time, r.\`from\`)) AS day
  WHERE (day IS NULL OR $from IS NULL OR substring(day, 0, size($from)) >= $from)
    AND (day IS NULL OR $to IS NULL OR substring(day, 0, size($to)) <= $to)`;

/** The walk's entity filters on `m`, as admitter (../queries.ts) reads them. */
const ADMITTED = `
  ($types IS NULL OR m.type IN $types)
  AND ($actors IS NULL OR NOT m.type IN $actorTypes OR m.${ENTITY_ID} IN $actors)
  AND ($caseCrimeType IS NULL OR m.type <> 'case' OR m.crime_type = $caseCrimeType)`;

const entityQuery = `
MATCH (n:${ENTITY_LABEL} {${ENTITY_ID}: $id}) WHERE ${visible("n")}
RETURN properties(n) AS properties,
  COUNT { (n)-[r:${LINK_PATTERN}]-(m:${ENTITY_LABEL}) WHERE ${visible("r", "m")} } AS linkCount`;

const linksQuery = `
MATCH (n:${ENTITY_LABEL} {${ENTITY_ID}: $id})-[r:${LINK_PATTERN}]-(m:${ENTITY_LABEL})
WHERE ${visible("r", "m")}
RETURN r.${LINK_KEY} AS key, properties(r) AS properties, startNode(r) = n AS out,
       m.${ENTITY_ID} AS other, properties(m) AS otherProperties
ORDER BY key LIMIT $limit`;

const visibleIdsQuery = `
MATCH (n:${ENTITY_LABEL}) WHERE n.${ENTITY_ID} IN $ids AND ${visible("n")}
RETURN n.${ENTITY_ID} AS id`;

const entitiesQuery = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {${ENTITY_ID}: id}) WHERE ${visible("n")}
RETURN id, properties(n) AS properties`;

// One branch per relationship type, so each seeks its type's key index.
const linksByKeyQuery = `
UNWIND $ids AS id
CALL {
${[...RELATIONSHIP_TYPES.values()]
  .map((type) => `  WITH id MATCH (a)-[r:${type} {${LINK_KEY}: id}]->(b) RETURN r, a, b`)
  .join("\n  UNION\n")}
}
WITH id, r, a, b WHERE ${visible("r", "a", "b")}
RETURN id, properties(r) AS properties`;

const actorsQuery = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {${ENTITY_ID}: id}) WHERE ${visible("n")}
CALL {
  WITH n
  MATCH (n)-[r:${LINK_PATTERN}]-(m:${ENTITY_LABEL})
  WHERE NOT n.type IN $actorTypes AND m.type IN $actorTypes AND ${visible("r", "m")}
  WITH DISTINCT m.${ENTITY_ID} AS actor ORDER BY actor LIMIT $limit
  RETURN collect(actor) AS linked
}
RETURN id, n.type IN $actorTypes AS actor, linked`;

const neighboursQuery = `
UNWIND $ids AS id
MATCH (:${ENTITY_LABEL} {${ENTITY_ID}: id})-[r:${LINK_PATTERN}]-(m:${ENTITY_LABEL})
WHERE ${visible("r", "m")} AND ${ADMITTED}
${DATED}
RETURN DISTINCT m.${ENTITY_ID} AS id ORDER BY id LIMIT $limit`;

const linksAmongQuery = `
MATCH (a:${ENTITY_LABEL})-[r:${LINK_PATTERN}]->(b:${ENTITY_LABEL})
WHERE a.${ENTITY_ID} IN $ids AND b.${ENTITY_ID} IN $ids AND ${visible("r")}
${DATED}
RETURN r.${LINK_KEY} AS key, a.${ENTITY_ID} AS source, b.${ENTITY_ID} AS target, properties(r) AS properties
ORDER BY key LIMIT $limit`;

// Predicates on every node and link of the path are applied during the search itself.
const pathsQuery = (maxLength: number) => `
MATCH (a:${ENTITY_LABEL} {${ENTITY_ID}: $from}), (b:${ENTITY_LABEL} {${ENTITY_ID}: $to})
MATCH p = allShortestPaths((a)-[:${LINK_PATTERN}*..${maxLength}]-(b))
WHERE all(n IN nodes(p) WHERE ${visible("n")}) AND all(r IN relationships(p) WHERE ${visible("r")})
WITH DISTINCT [n IN nodes(p) | n.${ENTITY_ID}] AS ids LIMIT $cap
RETURN ids`;

export function entity(
  executor: Executor,
  id: string,
  options: Caller & { linkLimit?: number },
): Promise<EntityRecord | undefined> {
  const rank = rankOf(options);
  return executor.read(async (run) => {
    const record = (await run(entityQuery, { id, rank })).records[0];
    if (!record) return undefined;
    const links = await run(linksQuery, {
      id,
      rank,
      limit: neo4j.int(options.linkLimit ?? defaultQueryOptions.linkLimit),
    });
    const [attributes] = await shownAttributes(run, options, [record.get("properties")]);
    return {
      id,
      attributes: attributes!,
      links: links.records.map((link) => {
        const properties = linkAttributes(link.get("properties")) as LinkAttributes;
        const date = linkDate(properties);
        return {
          id: link.get("key"),
          type: properties.type,
          direction: link.get("out") ? ("out" as const) : ("in" as const),
          other: entitySummary(link.get("other"), link.get("otherProperties")),
          classification: properties.classification,
          ...handling(properties),
          ...(date !== undefined && { date }),
          ...linkRole(properties),
        };
      }),
      linkCount: record.get("linkCount"),
    };
  });
}

/** Node properties as the caller may see them (engine/access/visibility.ts), bookkeeping out. */
async function shownAttributes(
  run: Run,
  caller: Caller,
  properties: Record<string, unknown>[],
): Promise<EntityAttributes[]> {
  const rank = rankOf(caller);
  const hidden = await hides(run, caller);
  const attributes = properties.map((each) => nodeAttributes(each) as EntityAttributes);
  const waypoints = [...new Set(attributes.flatMap(waypointsOf))];
  const shown = new Set(
    waypoints.length === 0
      ? []
      : (await run(visibleIdsQuery, { ids: waypoints, rank })).records.map((r) => r.get("id")),
  );
  return attributes.map((each) => visibleAttributes(each, (id) => shown.has(id), hidden));
}

export function records(
  executor: Executor,
  ids: readonly string[],
  caller: Caller,
): Promise<RecordSummary[]> {
  const rank = rankOf(caller);
  return executor.read(async (run) => {
    const found = new Map<string, RecordSummary>();
    for (const record of (await run(entitiesQuery, { ids, rank })).records) {
      const id = record.get("id") as string;
      found.set(id, { ...entitySummary(id, record.get("properties")), kind: "entity" });
    }
    const keys = ids.filter((id) => !found.has(id));
    for (const record of (await run(linksByKeyQuery, { ids: keys, rank })).records) {
      const link = linkAttributes(record.get("properties")) as LinkAttributes;
      const date = linkDate(link);
      found.set(record.get("id"), {
        id: record.get("id"),
        kind: "link",
        type: link.type,
        classification: link.classification,
        ...handling(link),
        ...(date !== undefined && { date }),
      });
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  });
}

export function actors(
  executor: Executor,
  ids: readonly string[],
  caller: Caller,
): Promise<Map<string, string[]>> {
  return executor.read(async (run) => {
    const result = await run(actorsQuery, {
      ids,
      rank: rankOf(caller),
      actorTypes: ACTOR_TYPES,
      limit: neo4j.int(defaultQueryOptions.actorLimit),
    });
    return new Map(
      result.records.map((record) => {
        const id = record.get("id") as string;
        return [id, record.get("actor") ? [id] : (record.get("linked") as string[])];
      }),
    );
  });
}

const walkParameters = (options: EgoOptions) => ({
  rank: rankOf(options),
  types: options.types ?? null,
  actors: options.actors ?? null,
  actorTypes: ACTOR_TYPES,
  caseCrimeType: options.caseCrimeType ?? null,
  from: options.from ?? null,
  to: options.to ?? null,
});

export function egoNetwork(
  executor: Executor,
  centre: string,
  options: EgoOptions,
): Promise<Subgraph | undefined> {
  const depth = checkedDepth("depth", options.depth ?? defaultQueryOptions.depth);
  const limit = options.limit ?? defaultQueryOptions.egoLimit;
  const parameters = walkParameters(options);
  return executor.read(async (run) => {
    const found = await run(visibleIdsQuery, { ids: [centre], rank: parameters.rank });
    if (found.records.length === 0) return undefined;
    const { ids, truncated } = await egoEntities(
      async (frontier) =>
        // Enough to find the first (limit - seen) unseen ids and one more, whatever was seen.
        (
          await run(neighboursQuery, { ...parameters, ids: frontier, limit: neo4j.int(limit + 1) })
        ).records.map((record) => record.get("id") as string),
      centre,
      depth,
      limit,
    );
    return { ...(await subgraphIn(run, ids, options)), truncated };
  });
}

export function subgraph(
  executor: Executor,
  ids: readonly string[],
  options: Caller & Pick<WalkFilters, "from" | "to"> & { linkLimit?: number },
): Promise<Subgraph> {
  return executor.read((run) => subgraphIn(run, ids, options));
}

async function subgraphIn(
  run: Run,
  ids: readonly string[],
  options: Caller & Pick<WalkFilters, "from" | "to"> & { linkLimit?: number },
): Promise<Subgraph> {
  const rank = rankOf(options);
  const nodes = await run(entitiesQuery, { ids, rank });
  const byId = new Map(
    nodes.records.map((record) => [record.get("id") as string, record.get("properties")]),
  );
  const members = ids.filter((id) => byId.has(id));
  const attributes = await shownAttributes(
    run,
    options,
    members.map((id) => byId.get(id)),
  );
  const hidden = await hides(run, options);
  const graph = createEntityGraph();
  members.forEach((id, index) => graph.addNode(id, attributes[index]!));
  const linkLimit = options.linkLimit ?? Number.MAX_SAFE_INTEGER;
  const links = await run(linksAmongQuery, {
    ids: members,
    rank,
    from: options.from ?? null,
    to: options.to ?? null,
    limit: neo4j.int(Math.min(linkLimit, Number.MAX_SAFE_INTEGER - 1) + 1),
  });
  for (const link of links.records.slice(0, linkLimit)) {
    graph.addDirectedEdgeWithKey(
      link.get("key"),
      link.get("source"),
      link.get("target"),
      visibleLinkAttributes(linkAttributes(link.get("properties")) as LinkAttributes, hidden),
    );
  }
  return { graph, truncated: false, truncatedLinks: links.records.length > linkLimit };
}

export function shortestPaths(
  executor: Executor,
  from: string,
  to: string,
  options: PathOptions,
): Promise<PathsAnswer | undefined> {
  const maxLength = checkedDepth("maxLength", options.maxLength ?? defaultQueryOptions.maxLength);
  const limit = options.limit ?? defaultQueryOptions.pathLimit;
  const rank = rankOf(options);
  return executor.read(async (run) => {
    const ends = await run(visibleIdsQuery, { ids: [from, to], rank });
    if (ends.records.length < (from === to ? 1 : 2)) return undefined;
    if (from === to) return { paths: [[from]], count: 1 };
    // allShortestPaths needs at least one link to walk.
    if (maxLength === 0) return { paths: [], count: 0 };
    const result = await run(pathsQuery(maxLength), {
      from,
      to,
      rank,
      cap: neo4j.int(PATH_COUNT_CAP),
    });
    const paths = result.records.map((record) => record.get("ids") as string[]).sort(comparePaths);
    return { paths: paths.slice(0, limit), count: paths.length };
  });
}
