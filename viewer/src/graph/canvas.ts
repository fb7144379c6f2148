/**
 * The sigma renderer with our node program and reducers. Derived values are
 * recomputed only when the view state says so (`update`), never per frame;
 * edges and labels hide while the camera moves on big graphs (docs/PERFORMANCE.md),
 * re-decided whenever the graph changes.
 */
import type Graph from "graphology";
import Sigma from "sigma";
import { derive, type Derived } from "./derived.ts";
import { avoidLabelCollisions, type LabelLayout } from "./label-layout.ts";
import { NodeShapeProgram } from "./node-shape-program.ts";
import { createEdgeReducer, createNodeReducer } from "./reducers.ts";
import type { ViewState } from "./view-state.ts";

export interface Canvas {
  renderer: Sigma;
  /** Where the labels of the last frame went, none overlapping. */
  labels: LabelLayout;
  graph: Graph;
  state: ViewState;
  /** Recompute derived values (filters, scales) and redraw. */
  update(): void;
  /** Redraw after a change that leaves filters and scales alone (hover, selection). */
  redraw(): void;
  /** Redraw only these nodes, their edges and neighbours (hover on big graphs). */
  redrawAround(nodes: (string | undefined)[]): void;
  derived(): Derived;
  /** Whether the last frame was drawn with the camera still, so with its labels and edges. */
  drawnStill(): boolean;
}

export function createCanvas(
  container: HTMLElement,
  graph: Graph,
  state: ViewState,
  networkNames: ReadonlyMap<string, string>,
): Canvas {
  let derived = derive(graph, state, networkNames);
  const current = () => derived;
  const renderer = new Sigma(graph, container, {
    defaultNodeType: "shape",
    nodeProgramClasses: { shape: NodeShapeProgram },
    nodeReducer: createNodeReducer(graph, state, current),
    edgeReducer: createEdgeReducer(graph, state, current),
    ...moveSettings(graph),
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
  const labels = avoidLabelCollisions(renderer);
  const drawnStill = drawWhenStill(renderer);
  return {
    renderer,
    labels,
    graph,
    state,
    update() {
      derived = derive(graph, state, networkNames);
      const move = moveSettings(graph);
      // setSetting refreshes by itself: only when the answer changed, then refresh once.
      if (renderer.getSetting("hideEdgesOnMove") !== move.hideEdgesOnMove)
        renderer.setSetting("hideEdgesOnMove", move.hideEdgesOnMove);
      if (renderer.getSetting("hideLabelsOnMove") !== move.hideLabelsOnMove)
        renderer.setSetting("hideLabelsOnMove", move.hideLabelsOnMove);
      // Money-flow mode writes the amounts of the largest flows on their edges.
      if (renderer.getSetting("renderEdgeLabels") !== state.settings.moneyMode)
        renderer.setSetting("renderEdgeLabels", state.settings.moneyMode);
      renderer.refresh();
    },
    redraw() {
      renderer.refresh();
    },
    redrawAround(nodes) {
      const partial = { nodes: [] as string[], edges: [] as string[] };
      for (const node of nodes) {
        if (node === undefined || !graph.hasNode(node)) continue;
        partial.nodes.push(node);
        graph.forEachEdge(node, (edge) => void partial.edges.push(edge));
      }
      renderer.refresh({ partialGraph: partial, skipIndexation: true });
    },
    derived: current,
    drawnStill,
  };
}

/**
 * Sigma leaves labels and edges out of the frames it draws while the camera
 * moves, and an animation whose last step lands on the state already drawn
 * ends without a frame: the picture then stays bare until the next mouse
 * move. Once a moving frame is drawn, this waits for the camera to stop and
 * draws one more frame unless sigma drew one itself.
 */
function drawWhenStill(renderer: Sigma): () => boolean {
  let still = true;
  let waiting = false;
  const check = () => {
    if (renderer.getCamera().isAnimated()) return void requestAnimationFrame(check);
    waiting = false;
    if (!still) renderer.scheduleRender();
  };
  renderer.on("afterRender", () => {
    still = !renderer.getCamera().isAnimated();
    if (still || waiting) return;
    waiting = true;
    requestAnimationFrame(check);
  });
  return () => still;
}

/** Edges and labels drawn while the camera moves cost most of a frame on big graphs; hidden then. */
export const MOVE_HIDE_EDGES_ABOVE = 2_000;
export const MOVE_HIDE_LABELS_ABOVE = 1_000;

function moveSettings(graph: Graph) {
  return {
    hideEdgesOnMove: graph.size > MOVE_HIDE_EDGES_ABOVE,
    hideLabelsOnMove: graph.order > MOVE_HIDE_LABELS_ABOVE,
  };
}
