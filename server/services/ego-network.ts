/**
 * The neighbourhood of one entity as graph JSON: the store walks it (breadth
 * first up to a depth and a node limit, hubs stopping the walk rather than
 * flooding the viewer, the caller's clearance applied inside), and the
 * analysis of the caller's view turns crime-type and community filters into
 * the persons and organisations the walk may enter.
 */
import type { FastifyRequest } from "fastify";
import type { ActorRecord } from "../../engine/analytics/index.ts";
import { entityGraphJson, type GraphJson } from "./graph-json.ts";
import type { LevelView } from "./world.ts";

export interface EgoFilters {
  depth: number;
  limit: number;
  types?: string[];
  crimeType?: string;
  community?: number;
  /** Links dated outside [from, to] are left out; undated links are kept. */
  from?: string;
  to?: string;
}

/** The graph JSON, or undefined when the centre is unknown or hidden from the caller. */
export async function egoNetwork(
  request: FastifyRequest,
  view: LevelView,
  centre: string,
  filters: EgoFilters,
): Promise<GraphJson | undefined> {
  const { depth, limit, types, crimeType, community, from, to } = filters;
  const found = await request.server.store.egoNetwork(centre, {
    clearance: request.user!.clearance,
    depth,
    limit,
    linkLimit: limit * 5,
    ...(types && { types }),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
    ...(crimeType !== undefined && { caseCrimeType: crimeType }),
    ...((crimeType !== undefined || community !== undefined) && {
      actors: await actorsOf(view, crimeType, community),
    }),
  });
  if (!found) return undefined;
  return entityGraphJson(request, view, found.graph, {
    center: centre,
    depth,
    truncated: found.truncated,
    truncatedEdges: found.truncatedLinks,
  });
}

/** The persons and organisations of a community (or all), those with the crime type when one is given. */
async function actorsOf(
  view: LevelView,
  crimeType: string | undefined,
  community: number | undefined,
): Promise<string[]> {
  const kept = (actor: ActorRecord | undefined) =>
    crimeType === undefined || (actor?.crimeTypes.some((type) => type === crimeType) ?? false);
  if (community !== undefined) {
    return (view.community.get(community) ?? []).filter((id) => kept(view.person.get(id)));
  }
  // Every actor's crime types: the Analysis's per-actor tables, read for this request.
  const { analysis } = await view.read("analysis");
  return [...analysis.persons, ...analysis.organisations].filter(kept).map((actor) => actor.id);
}
