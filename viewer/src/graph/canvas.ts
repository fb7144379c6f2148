/**
 * The sigma renderer with our node program and reducers. Derived values are
 * recomputed only when the view state says so (`update`), never per frame;
 * edges and labels hide while the camera moves (PERFORMANCE.md).
 */
import type Graph from "graphology";
import Sigma from "sigma";
import { derive, type Derived } from "./derived.ts";
import { NodeShapeProgram } from "./node-shape-program.ts";
import { createEdgeReducer, createNodeReducer } from "./reducers.ts";
import type { ViewState } from "./view-state.ts";

export interface Canvas {
  renderer: Sigma;
  graph: Graph;
  state: ViewState;
  /** Recompute derived values (filters, scales) and redraw. */
  update(): void;
  /** Redraw after a change that leaves filters and scales alone (hover, selection). */
  redraw(): void;
  derived(): Derived;
}

export function createCanvas(container: HTMLElement, graph: Graph, state: ViewState): Canvas {
  let derived = derive(graph, state);
  const current = () => derived;
  const renderer = new Sigma(graph, container, {
    defaultNodeType: "shape",
    nodeProgramClasses: { shape: NodeShapeProgram },
    nodeReducer: createNodeReducer(graph, state, current),
    edgeReducer: createEdgeReducer(graph, state, current),
    hideEdgesOnMove: graph.size > 20_000,
    hideLabelsOnMove: graph.order > 5_000,
    labelFont: "Inter, system-ui, sans-serif",
    labelSize: 12,
    labelWeight: "600",
    labelColor: { color: "#1B1F24" },
    labelDensity: 0.6,
    labelGridCellSize: 120,
    labelRenderedSizeThreshold: 9,
    zIndex: true,
    stagePadding: 40,
  });
  return {
    renderer,
    graph,
    state,
    update() {
      derived = derive(graph, state);
      renderer.refresh();
    },
    redraw() {
      renderer.refresh();
    },
    derived: current,
  };
}
