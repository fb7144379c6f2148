/** The store queries (queries.ts) over the in-memory entity graph: breadth-first searches. */
import { createEntityGraph, type EntityGraph } from "../../model/index.ts";
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

export function entityOf(graph: EntityGraph, id: string): EntityDetail | undefined {
  if (!graph.hasNode(id)) return undefined;
  return { id, attributes: { ...graph.getNodeAttributes(id) }, degree: graph.degree(id) };
}

export function searchGraph(
  graph: EntityGraph,
  text: string,
  limit = defaultQueryOptions.searchLimit,
): EntityHit[] {
  const key = searchKey(text);
  if (key === "") return [];
  const hits: EntityHit[] = [];
  graph.forEachNode((id, attributes) => {
    const aliases = Array.isArray(attributes.aliases) ? (attributes.aliases as string[]) : [];
    if (
      id.toLowerCase() === key ||
      attributes.label.toLowerCase().includes(key) ||
      aliases.some((alias) => alias.toLowerCase().includes(key))
    ) {
      hits.push({ id, type: attributes.type, label: attributes.label });
    }
  });
  return hits.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, limit);
}

/** Breadth-first levels around `centre`, ids ascending within a level, cut at `limit` entities. */
export async function egoEntities(
  neighboursOf: (ids: string[]) => string[] | Promise<string[]>,
  centre: string,
  depth: number,
  limit: number,
): Promise<string[]> {
  const seen = new Set([centre]);
  let frontier = [centre];
  for (let level = 0; level < depth && frontier.length > 0 && seen.size < limit; level++) {
    const next = [...new Set(await neighboursOf(frontier))].filter((id) => !seen.has(id)).sort();
    frontier = next.slice(0, limit - seen.size);
    for (const id of frontier) seen.add(id);
  }
  return [...seen];
}

export async function egoNetworkOf(
  graph: EntityGraph,
  centre: string,
  options: EgoOptions = {},
): Promise<EntityGraph | undefined> {
  if (!graph.hasNode(centre)) return undefined;
  const depth = checkedDepth("depth", options.depth ?? defaultQueryOptions.depth);
  const ids = await egoEntities(
    (frontier) => frontier.flatMap((id) => graph.neighbors(id)),
    centre,
    depth,
    options.limit ?? defaultQueryOptions.egoLimit,
  );
  const members = new Set(ids);
  const ego = createEntityGraph();
  for (const id of ids) ego.addNode(id, { ...graph.getNodeAttributes(id) });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (members.has(source) && members.has(target)) {
      ego.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
    }
  });
  return ego;
}

export function shortestPathsOf(
  graph: EntityGraph,
  from: string,
  to: string,
  options: PathOptions = {},
): string[][] {
  const maxLength = checkedDepth("maxLength", options.maxLength ?? defaultQueryOptions.maxLength);
  const limit = options.limit ?? defaultQueryOptions.pathLimit;
  if (!graph.hasNode(from) || !graph.hasNode(to)) return [];
  if (from === to) return [[from]];
  const predecessors = shortestPathPredecessors(graph, from, to, maxLength);
  if (!predecessors.has(to)) return [];
  const paths: string[][] = [];
  const walk = (id: string, suffix: string[]) => {
    if (id === from) paths.push([from, ...suffix]);
    else for (const before of predecessors.get(id)!) walk(before, [id, ...suffix]);
  };
  walk(to, []);
  return paths.sort(comparePaths).slice(0, limit);
}

/**
 * Breadth-first from `from` over links in either direction, for at most
 * `maxLength` steps and no further once `to` is reached: each entity reached,
 * with every neighbour that precedes it on a shortest route from `from`
 * (none for `from` itself).
 */
export function shortestPathPredecessors(
  graph: EntityGraph,
  from: string,
  to: string,
  maxLength: number,
): Map<string, string[]> {
  const predecessors = new Map<string, string[]>([[from, []]]);
  let frontier = [from];
  for (
    let length = 1;
    length <= maxLength && frontier.length > 0 && !predecessors.has(to);
    length++
  ) {
    const reached = new Map<string, string[]>();
    for (const id of frontier) {
      for (const next of graph.neighbors(id)) {
        if (predecessors.has(next)) continue;
        const before = reached.get(next);
        if (before) before.push(id);
        else reached.set(next, [id]);
      }
    }
    for (const [id, before] of reached) predecessors.set(id, before);
    frontier = [...reached.keys()];
  }
  return predecessors;
}
