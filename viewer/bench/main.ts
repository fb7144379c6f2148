/**
 * The renderer alone, for scripts/bench/viewer.bench.ts: loads the graph JSON
 * named by `?graph=`, draws it with the workspace's canvas (same program,
 * reducers and settings) and reports time to first drawn frame; `pan()` then
 * runs a scripted pan and zoom and reports frames per second, and `settle()`
 * forgets the positions, places the nodes as the workspace does and runs the
 * workspace's seeded layout for its fixed iterations, reporting the time.
 */
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import { createCanvas } from "../src/graph/canvas.ts";
import { iterationsFor, placeNewNodes, runLayout } from "../src/graph/layout.ts";
import { createViewState } from "../src/graph/view-state.ts";

export interface BenchResult {
  nodes: number;
  edges: number;
  firstFrameMs: number;
}

const url = new URLSearchParams(location.search).get("graph") ?? "graph.json";
const graph = Graph.from((await (await fetch(url)).json()) as SerializedGraph);
// The API's overview comes without positions: placed as the workspace places them.
placeNewNodes(graph);
const canvas = createCanvas(document.getElementById("graph")!, graph, createViewState(), new Map());
let frames = 0;
canvas.renderer.on("afterRender", () => frames++);
await new Promise(requestAnimationFrame);
const result: BenchResult = {
  nodes: graph.order,
  edges: graph.size,
  // From navigation start: page, bundle, graph download and parse, first draw.
  firstFrameMs: performance.now(),
};

/** Pans in a circle while zooming in and out, one camera move per animation frame. */
async function pan(durationMs: number): Promise<number> {
  const camera = canvas.renderer.getCamera();
  const start = performance.now();
  frames = 0;
  for (;;) {
    const t = (performance.now() - start) / durationMs;
    if (t >= 1) break;
    camera.setState({
      x: 0.5 + 0.2 * Math.cos(t * 4 * Math.PI),
      y: 0.5 + 0.2 * Math.sin(t * 4 * Math.PI),
      ratio: 0.6 + 0.4 * Math.cos(t * 2 * Math.PI),
    });
    await new Promise(requestAnimationFrame);
  }
  return frames / ((performance.now() - start) / 1000);
}

/** Milliseconds from unplaced nodes to the end of the seeded layout, drawing after each chunk. */
async function settle(): Promise<{ ms: number; iterations: number }> {
  const start = performance.now();
  graph.forEachNode((node) => {
    graph.removeNodeAttribute(node, "x");
    graph.removeNodeAttribute(node, "y");
  });
  placeNewNodes(graph);
  const iterations = iterationsFor(graph.order);
  await runLayout(graph, { iterations, onChunk: () => canvas.redraw() }).done;
  await new Promise(requestAnimationFrame);
  return { ms: performance.now() - start, iterations };
}

Object.assign(window, { __bench: { result, pan, settle } });
document.body.dataset.ready = "true";
