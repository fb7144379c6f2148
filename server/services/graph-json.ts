/**
 * Graph JSON in graphology's serialisation format, which sigma's
 * `graph.import()` loads as it is: { attributes, options, nodes: [{ key,
 * attributes }], edges: [{ key, source, target, attributes }] }.
 */
import type { FastifyRequest } from "fastify";
import type { EntityAttributes, EntityGraph, LinkAttributes } from "../../engine/model/index.ts";
import { ACTOR_TYPES, handling, linkDate } from "../../engine/store/index.ts";
import type { GraphEdge, GraphJson, GraphNode } from "./graph-shapes.ts";
import type { LevelView } from "./world.ts";

export type { GraphEdge, GraphJson, GraphNode };

/** The fields a node is drawn with: an entity's attributes, or an actor's card (level-analysis.ts). */
type DrawnFields = Pick<EntityAttributes, "label" | "type" | "classification"> & {
  [field: string]: unknown;
};

export function entityNode(
  view: LevelView,
  id: string,
  attributes: DrawnFields,
  community: number | undefined,
): GraphNode {
  const scores = view.person.get(id);
  return {
    key: id,
    attributes: {
      label: attributes.label,
      type: attributes.type,
      classification: attributes.classification,
      ...handling(attributes),
      ...(community !== undefined && { community }),
      ...(scores && {
        ...(scores.targetRank !== null && { score: scores.score!, targetRank: scores.targetRank }),
        crimeTypes: scores.crimeTypes,
        degree: scores.degree,
        pagerank: scores.pagerank,
        betweenness: scores.betweenness,
      }),
      ...(typeof attributes.kind === "string" && { kind: attributes.kind }),
      // Namesakes are told apart by it on the canvas.
      ...(typeof attributes.birth_date === "string" && { born: attributes.birth_date.slice(0, 4) }),
      // Locations are placed on the map by their own coordinates.
      ...(typeof attributes.lat === "number" &&
        typeof attributes.lon === "number" && { lat: attributes.lat, lon: attributes.lon }),
    },
  };
}

export function entityEdge(
  key: string,
  source: string,
  target: string,
  attributes: LinkAttributes,
): GraphEdge {
  const date = linkDate(attributes);
  return {
    key,
    source,
    target,
    attributes: {
      type: attributes.type,
      classification: attributes.classification,
      ...handling(attributes),
      ...(date !== undefined && { date }),
      ...(typeof attributes.amount === "number" && {
        amount: attributes.amount,
        currency: attributes.currency as string,
      }),
    },
  };
}

/**
 * A part of the entity graph read from the store, as graph JSON with the
 * analysis of the caller's view on each node: an entity that is not a person
 * or an organisation takes the community of the first of them it stands for.
 */
export async function entityGraphJson(
  request: FastifyRequest,
  view: LevelView,
  graph: EntityGraph,
  attributes: Record<string, unknown>,
  keepEdge: (key: string, source: string, target: string) => boolean = () => true,
): Promise<GraphJson> {
  const standsFor = await request.server.store.actors(
    graph.filterNodes((_id, node) => !ACTOR_TYPES.includes(node.type)),
    request.user!,
  );
  const communityOf = (id: string): number | undefined => {
    for (const actor of standsFor.get(id) ?? [id]) {
      const community = view.person.get(actor)?.community;
      if (community !== undefined) return community;
    }
    return undefined;
  };
  return {
    attributes,
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: graph.mapNodes((id, node) => entityNode(view, id, node, communityOf(id))),
    edges: graph
      .filterEdges((key, _link, source, target) => keepEdge(key, source, target))
      .map((key) =>
        entityEdge(key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key)),
      ),
  };
}
