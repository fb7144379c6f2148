/**
 * Graph JSON in graphology's serialisation format, which sigma's
 * `graph.import()` loads as it is: { attributes, options, nodes: [{ key,
 * attributes }], edges: [{ key, source, target, attributes }] }.
 */
import { communityOf, handling, linkDate } from "./describe.ts";
import type { LevelView } from "./world.ts";

export interface GraphNode {
  key: string;
  attributes: {
    label: string;
    type: string;
    classification: string;
    handling_code?: string;
    community?: number;
    score?: number;
    targetRank?: number;
    crimeTypes?: string[];
    degree?: number;
    pagerank?: number;
    betweenness?: number;
    kind?: string;
    lat?: number;
    lon?: number;
    size?: number;
  };
}

export interface GraphEdge {
  key: string;
  source: string;
  target: string;
  attributes: {
    type: string;
    classification?: string;
    handling_code?: string;
    date?: string;
    amount?: number;
    currency?: string;
    weight?: number;
    kinds?: string[];
    first?: string;
    last?: string;
  };
}

export interface GraphJson {
  attributes: Record<string, unknown>;
  options: { type: "directed" | "undirected"; multi: boolean; allowSelfLoops: boolean };
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function entityNode(view: LevelView, id: string): GraphNode {
  const attributes = view.graph.getNodeAttributes(id);
  const scores = view.person.get(id);
  const target = view.target.get(id);
  const community = communityOf(view, id);
  return {
    key: id,
    attributes: {
      label: attributes.label,
      type: attributes.type,
      classification: attributes.classification,
      ...handling(attributes),
      ...(community !== undefined && { community }),
      ...(scores && {
        score: scores.pagerank,
        crimeTypes: scores.crimeTypes,
        degree: scores.degree,
        pagerank: scores.pagerank,
        betweenness: scores.betweenness,
      }),
      ...(target && { targetRank: target.rank, score: target.score }),
      ...(typeof attributes.kind === "string" && { kind: attributes.kind }),
      // Locations are placed on the map by their own coordinates.
      ...(typeof attributes.lat === "number" &&
        typeof attributes.lon === "number" && { lat: attributes.lat, lon: attributes.lon }),
    },
  };
}

export function entityEdge(view: LevelView, key: string): GraphEdge {
  const attributes = view.graph.getEdgeAttributes(key);
  const date = linkDate(attributes);
  return {
    key,
    source: view.graph.source(key),
    target: view.graph.target(key),
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

/** The entity-graph records among `nodes` (links between two of them), up to `edgeLimit`. */
export function entitySubgraph(
  view: LevelView,
  nodes: Iterable<string>,
  attributes: Record<string, unknown>,
  keepEdge: (key: string) => boolean = () => true,
  edgeLimit = Infinity,
): GraphJson {
  const keys = new Set(nodes);
  const edges: GraphEdge[] = [];
  for (const node of keys) {
    if (edges.length >= edgeLimit) break;
    view.graph.forEachOutEdge(node, (edge, _attributes, _source, target) => {
      if (edges.length < edgeLimit && keys.has(target) && keepEdge(edge))
        edges.push(entityEdge(view, edge));
    });
  }
  return {
    attributes: { ...attributes, truncatedEdges: edges.length >= edgeLimit },
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: [...keys].map((id) => entityNode(view, id)),
    edges,
  };
}
