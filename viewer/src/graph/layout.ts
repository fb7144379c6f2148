/**
 * A seeded, deterministic layout: ForceAtlas2 (graphology-layout-forceatlas2)
 * run for a fixed number of iterations, never for an amount of wall time, in
 * chunks of a fixed size with a pause for the page between them, so the same
 * graph gives the same picture on every load and on every machine. When the
 * graph grows, the nodes already placed are held fixed and only newcomers
 * move. New nodes start on rings around a placed neighbour, or on their
 * community's spot (chosen by the community id), so little work is left.
 */
import type Graph from "graphology";
import type { Attributes } from "graphology-types";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { nodeCommunity } from "./attributes.ts";

/** Iterations run in one go before the page gets a turn: fixed, so the result does not depend on speed. */
const CHUNK = 10;

/**
 * Iterations for a whole graph of this many nodes: fewer on big graphs, where
 * each costs more; the seeded start (community spots, rings around anchors)
 * leaves little to do. About 30 ms an iteration at 1,500 nodes on a loaded
 * 2-core machine (docs/PERFORMANCE.md).
 */
export function iterationsFor(order: number): number {
  if (order <= 500) return 200;
  if (order <= 2_000) return 100;
  if (order <= 10_000) return 50;
  return 30;
}

/** Iterations that settle newcomers around nodes held still. */
export const GROW_ITERATIONS = 40;
/** Above this many nodes, Barnes–Hut approximates the repulsion (n log n instead of n²). */
const BARNES_HUT_ABOVE = 300;

export interface LayoutRun {
  /** Resolves when every iteration has run, or the run was cancelled. */
  done: Promise<void>;
  cancel(): void;
  isRunning(): boolean;
}

/**
 * Runs ForceAtlas2 for `iterations` on the graph's positions; with `hold`,
 * those nodes stay where they are (ForceAtlas2's `fixed` attribute, removed
 * again afterwards). `onChunk` is called after each chunk, to redraw.
 */
export function runLayout(
  graph: Graph,
  {
    iterations,
    hold,
    onChunk,
  }: { iterations: number; hold?: ReadonlySet<string>; onChunk?: () => void },
): LayoutRun {
  let running = true;
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > BARNES_HUT_ABOVE,
    adjustSizes: false,
  };
  const holding = [...(hold ?? [])].filter((node) => graph.hasNode(node));
  for (const node of holding) graph.setNodeAttribute(node, "fixed", true);
  const release = () => {
    running = false;
    for (const node of holding) if (graph.hasNode(node)) graph.removeNodeAttribute(node, "fixed");
  };
  const done = (async () => {
    for (let done = 0; done < iterations && running; done += CHUNK) {
      forceAtlas2.assign(graph, { iterations: Math.min(CHUNK, iterations - done), settings });
      onChunk?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    release();
  })();
  return { done, cancel: release, isRunning: () => running };
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
  for (const node of waiting) {
    // The spot depends on the community id alone: the same on every load, whatever came first.
    const community = Number(nodeCommunity(graph.getNodeAttributes(node)) ?? -1) + 1;
    const angle = community * GOLDEN_ANGLE;
    const radius = 10 * step * Math.sqrt(community + 1);
    const spot = [radius * Math.cos(angle), radius * Math.sin(angle)] as const;
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
