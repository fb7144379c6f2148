/**
 * The neighbourhood of one entity, breadth first up to a depth and a node
 * limit (hubs stop the walk rather than flood the viewer), filtered by entity
 * type, crime type, community and link date.
 */
import { entitySubgraph, type GraphJson } from "./graph-json.ts";
import { communityOf, linkDate } from "./describe.ts";
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

const ACTORS = new Set(["person", "organisation"]);

export function egoNetwork(view: LevelView, center: string, filters: EgoFilters): GraphJson {
  const { graph } = view;
  const keepNode = (id: string): boolean => {
    const type = graph.getNodeAttribute(id, "type");
    if (filters.types && !filters.types.includes(type)) return false;
    if (filters.crimeType !== undefined) {
      if (
        ACTORS.has(type) &&
        !view.person.get(id)?.crimeTypes.some((type) => type === filters.crimeType)
      )
        return false;
      if (type === "case" && graph.getNodeAttribute(id, "crime_type") !== filters.crimeType)
        return false;
    }
    if (filters.community !== undefined) {
      // Entities nobody in the network uses belong to no community and stay.
      const community = communityOf(view, id);
      if (community !== filters.community && (ACTORS.has(type) || community !== undefined))
        return false;
    }
    return true;
  };
  const keepEdge = (edge: string): boolean => {
    if (filters.from === undefined && filters.to === undefined) return true;
    const date = linkDate(graph.getEdgeAttributes(edge));
    if (date === undefined) return true;
    // Dates compare as text: a reduced date ("2024-03") sorts before its days.
    if (filters.from !== undefined && date.slice(0, filters.from.length) < filters.from)
      return false;
    return filters.to === undefined || date.slice(0, filters.to.length) <= filters.to;
  };

  const nodes = new Set([center]);
  let frontier = [center];
  let truncated = false;
  for (let level = 0; level < filters.depth && frontier.length > 0 && !truncated; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (truncated) return;
        const other = source === node ? target : source;
        if (nodes.has(other) || !keepEdge(edge) || !keepNode(other)) return;
        if (nodes.size >= filters.limit) {
          truncated = true;
          return;
        }
        nodes.add(other);
        next.push(other);
      });
      if (truncated) break;
    }
    frontier = next;
  }
  return entitySubgraph(
    view,
    nodes,
    { center, depth: filters.depth, truncated },
    keepEdge,
    filters.limit * 5,
  );
}
