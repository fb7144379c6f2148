/**
 * The ego network of a target: the target, every entity it is linked to,
 * and the persons and organisations it is tied to (strongest ties first)
 * with the entities the ties run through, capped at `maxNodes`. Links
 * between kept nodes are merged per pair and type with their count, so a
 * thousand calls between two phones draw one line.
 */
import type { EntityGraph } from "../../model/index.ts";
import { compareText } from "../order.ts";
import type { Tie } from "./ties.ts";

export interface EgoNode {
  id: string;
  type: string;
  label: string;
  /** 0 for the target, 1 for what it is linked to directly, 2 beyond. */
  ring: 0 | 1 | 2;
}

export interface EgoEdge {
  source: string;
  target: string;
  type: string;
  count: number;
}

export interface EgoNetwork {
  nodes: EgoNode[];
  edges: EgoEdge[];
  /** True when the cap left some tied actors out. */
  truncated: boolean;
}

export function egoNetwork(
  graph: EntityGraph,
  id: string,
  ties: readonly Tie[],
  maxNodes: number,
): EgoNetwork {
  const rings = new Map<string, 0 | 1 | 2>([[id, 0]]);
  const direct = [...new Set(graph.neighbors(id))].sort(compareText);
  for (const neighbour of direct) if (rings.size < maxNodes) rings.set(neighbour, 1);
  let truncated = rings.size < direct.length + 1;
  for (const tie of ties) {
    const wanted = [tie.other, ...tie.via].filter((node) => !rings.has(node));
    if (wanted.length === 0) continue;
    if (rings.size + wanted.length > maxNodes) {
      truncated = true;
      continue;
    }
    for (const node of wanted) rings.set(node, 2);
  }

  const nodes = [...rings.entries()].map(([node, ring]) => {
    const attributes = graph.getNodeAttributes(node);
    return { id: node, type: attributes.type, label: attributes.label, ring };
  });
  const merged = new Map<string, EgoEdge>();
  for (const node of rings.keys()) {
    graph.forEachOutEdge(node, (_key, attributes, source, target) => {
      if (!rings.has(target)) return;
      const pair = `${source}\u0000${target}\u0000${attributes.type}`;
      const edge = merged.get(pair);
      if (edge) edge.count++;
      else merged.set(pair, { source, target, type: attributes.type, count: 1 });
    });
  }
  const edges = [...merged.values()].sort(
    (a, b) =>
      compareText(a.source, b.source) ||
      compareText(a.target, b.target) ||
      compareText(a.type, b.type),
  );
  nodes.sort((a, b) => a.ring - b.ring || compareText(a.type, b.type) || compareText(a.id, b.id));
  return { nodes, edges, truncated };
}
