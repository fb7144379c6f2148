/**
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), started
 * and stopped by the analyst; positions stay where the layout left them.
 * New nodes start beside a neighbour, or on a community ring, so the layout
 * has little work to do and the picture does not jump.
 */
import type Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { nodeCommunity } from "./attributes.ts";

export interface Layout {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}

export function createLayout(graph: Graph): Layout {
  const settings = forceAtlas2.inferSettings(graph);
  const supervisor = new FA2Layout(graph, {
    settings: { ...settings, barnesHutOptimize: graph.order > 2_000, adjustSizes: false },
  });
  return {
    start: () => supervisor.start(),
    stop: () => supervisor.stop(),
    isRunning: () => supervisor.isRunning(),
    kill: () => supervisor.kill(),
  };
}

/** Gives every node without a position one: near a placed neighbour, else on its community's spot. */
export function placeNewNodes(graph: Graph): void {
  const spots = new Map<string, [number, number]>();
  let unplaced = 0;
  // Offsets in proportion to the drawing, so a new node neither lands on its neighbour nor far off.
  let extent = 0;
  graph.forEachNode((_, a) => {
    if (typeof a.x === "number") extent = Math.max(extent, Math.abs(a.x), Math.abs(a.y));
  });
  const step = Math.max(1, extent / 40);
  graph.forEachNode((node, a) => {
    if (typeof a.x === "number" && typeof a.y === "number") return;
    const placed = graph.findNeighbor(
      node,
      (_, n) => typeof n.x === "number" && typeof n.y === "number",
    );
    const jitter = () => (hash(node + unplaced++) - 0.5) * 2 * step;
    if (placed !== undefined) {
      const n = graph.getNodeAttributes(placed);
      graph.mergeNodeAttributes(node, { x: n.x + jitter(), y: n.y + jitter() });
      return;
    }
    const community = nodeCommunity(a) ?? "";
    let spot = spots.get(community);
    if (!spot) {
      const angle = spots.size * 2.399963; // golden angle: spots spread evenly
      const radius = 10 * step * Math.sqrt(spots.size + 1);
      spot = [radius * Math.cos(angle), radius * Math.sin(angle)];
      spots.set(community, spot);
    }
    graph.mergeNodeAttributes(node, { x: spot[0] + jitter() * 2, y: spot[1] + jitter() * 2 });
  });
}

/** A stable pseudo-random number in [0, 1) from a string, so placement is reproducible. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}
