/**
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), started
 * and stopped by the analyst; positions stay where the layout left them.
 * New nodes start on rings around a placed neighbour, or on a community spot,
 * so the layout has little work to do and the picture does not jump.
 */
import type Graph from "graphology";
import type { Attributes } from "graphology-types";
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

/**
 * Gives every node without a position one: newcomers with a placed neighbour
 * go on rings around that anchor, evenly spread (golden angle), so their
 * labels do not pile up; chains of newcomers (a path through phones) are
 * placed outwards one hop at a time; the rest go to their community's spot.
 */
export function placeNewNodes(graph: Graph): void {
  const placed = (a: Attributes) => typeof a.x === "number" && typeof a.y === "number";
  // Offsets in proportion to the drawing, so a new node neither lands on its neighbour nor far off.
  let extent = 0;
  graph.forEachNode((_, a) => {
    if (placed(a)) extent = Math.max(extent, Math.abs(a.x), Math.abs(a.y));
  });
  const step = Math.max(1, extent / 25);
  let waiting = graph.filterNodes((_, a) => !placed(a));
  const around = new Map<string, number>();
  while (waiting.length > 0) {
    const next: string[] = [];
    const ready: [string, string][] = [];
    for (const node of waiting) {
      const anchor = graph.findNeighbor(node, (_, n) => placed(n));
      if (anchor === undefined) next.push(node);
      else ready.push([node, anchor]);
    }
    if (ready.length === 0) break;
    // Placed after the pass, so a chain grows one hop a pass, away from its anchor.
    for (const [node, anchor] of ready) {
      const k = around.get(anchor) ?? 0;
      around.set(anchor, k + 1);
      const a = graph.getNodeAttributes(anchor);
      const angle = k * GOLDEN_ANGLE + hash(anchor) * 2 * Math.PI;
      const radius = step * (1 + 0.35 * Math.sqrt(k));
      graph.mergeNodeAttributes(node, {
        x: a.x + radius * Math.cos(angle),
        y: a.y + radius * Math.sin(angle),
      });
    }
    waiting = next;
  }
  const spots = new Map<string, [number, number]>();
  for (const node of waiting) {
    const community = nodeCommunity(graph.getNodeAttributes(node)) ?? "";
    let spot = spots.get(community);
    if (!spot) {
      const angle = spots.size * GOLDEN_ANGLE;
      const radius = 10 * step * Math.sqrt(spots.size + 1);
      spot = [radius * Math.cos(angle), radius * Math.sin(angle)];
      spots.set(community, spot);
    }
    const jitter = (axis: string) => (hash(node + axis) - 0.5) * 4 * step;
    graph.mergeNodeAttributes(node, { x: spot[0] + jitter("x"), y: spot[1] + jitter("y") });
  }
}

/** Successive points this many radians apart spread evenly around a circle. */
const GOLDEN_ANGLE = 2.399963;

/** A stable pseudo-random number in [0, 1) from a string, so placement is reproducible. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}
