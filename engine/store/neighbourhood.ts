/**
 * The neighbourhood of a few entities, asked of a store through its query
 * layer: what a network export around given ids holds. Each centre's ego
 * network gives the entities within `depth` links (clearance applied inside
 * the store), and one subgraph query gives the visible links among all of
 * them, so a hidden record never reaches the export.
 */
import { compareIds, type Caller, type GraphQueries, type Subgraph } from "./queries.ts";

/** Entities an export neighbourhood holds at most: past it the store's walk cuts and says so. */
export const NEIGHBOURHOOD_LIMIT = 1_000_000;

export interface Neighbourhood extends Subgraph {
  /** Centres unknown to the store or hidden from the caller. */
  missing: string[];
}

export async function neighbourhoodOf(
  queries: GraphQueries,
  centres: readonly string[],
  depth: number,
  caller: Caller,
): Promise<Neighbourhood> {
  const members = new Set<string>();
  const missing: string[] = [];
  let truncated = false;
  for (const centre of centres) {
    const ego = await queries.egoNetwork(centre, {
      clearance: caller.clearance,
      depth,
      limit: NEIGHBOURHOOD_LIMIT,
      // Only the entities are needed here: the links come from one subgraph query below.
      linkLimit: 0,
    });
    if (!ego) {
      missing.push(centre);
      continue;
    }
    truncated ||= ego.truncated;
    ego.graph.forEachNode((id) => members.add(id));
  }
  const sub = await queries.subgraph([...members].sort(compareIds), {
    clearance: caller.clearance,
  });
  return { ...sub, truncated, missing };
}
