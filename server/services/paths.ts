/**
 * Shortest paths between two entities (links in either direction) from the
 * store's query layer, sorted then cut at the limit with a count of all of
 * them, and the links that join consecutive entities of a path as graph JSON.
 */
import type { FastifyRequest } from "fastify";
import { entityGraphJson, type GraphJson } from "./graph-json.ts";
import type { LevelView } from "./world.ts";

export interface PathsResult {
  length: number | null;
  /** How many shortest paths there are (counted up to the store's cap). */
  count: number;
  paths: string[][];
  graph: GraphJson;
}

/** The paths, or undefined when an end is unknown or hidden from the caller. */
export async function shortestPaths(
  request: FastifyRequest,
  view: LevelView,
  from: string,
  to: string,
  maxLength: number,
  limit: number,
): Promise<PathsResult | undefined> {
  const { store } = request.server;
  const caller = request.user!;
  const found = await store.shortestPaths(from, to, { ...caller, maxLength, limit });
  if (!found) return undefined;
  const steps = new Set(
    found.paths.flatMap((path) => path.slice(1).map((id, i) => `${path[i]}\u0000${id}`)),
  );
  const { graph } = await store.subgraph([...new Set(found.paths.flat())], caller);
  return {
    length: found.paths.length > 0 ? found.paths[0]!.length - 1 : null,
    count: found.count,
    paths: found.paths,
    graph: await entityGraphJson(
      request,
      view,
      graph,
      { from, to },
      // Only the links that join consecutive entities of a path are drawn.
      (_key, source, target) =>
        steps.has(`${source}\u0000${target}`) || steps.has(`${target}\u0000${source}`),
    ),
  };
}
