/**
 * The workspace: the loaded graph, its canvas and layout, the view state and
 * the API client, with the few actions panels share (focus, select, expand,
 * merge a subgraph). Panels subscribe to `changed` and re-render themselves.
 */
import Graph from "graphology";
import type { ApiClient } from "./api/client.ts";
import type { GraphJson } from "./api/types.ts";
import { isSuperNode } from "./graph/attributes.ts";
import { createCanvas, type Canvas } from "./graph/canvas.ts";
import { createLayout, placeNewNodes, type Layout } from "./graph/layout.ts";
import { createViewState, type ViewState } from "./graph/view-state.ts";

export type Change = "graph" | "selection" | "view";
type Listener = (change: Change) => void;

/** Most neighbours fetched when expanding a node: hubs would drown the picture. */
export const EXPAND_LIMIT = 50;
const HOVER_FADE_LIMIT = 5_000;

export class Workspace {
  readonly graph = new Graph({ multi: true, type: "mixed" });
  readonly state: ViewState = createViewState();
  readonly canvas: Canvas;
  private layout: Layout;
  private readonly listeners: Listener[] = [];
  /** What the overview answered with: "persons", "communities" or "community". */
  level = "persons";
  /** Community names from the analysis, for the legend. */
  communityNames = new Map<string, string>();

  constructor(
    readonly api: ApiClient,
    container: HTMLElement,
  ) {
    this.canvas = createCanvas(container, this.graph, this.state);
    this.layout = createLayout(this.graph);
    const renderer = this.canvas.renderer;
    renderer.on("clickNode", ({ node, event }) => {
      if (isSuperNode(this.graph.getNodeAttributes(node))) void this.drillDown(node);
      else this.select(node, event.original.shiftKey);
    });
    renderer.on("enterNode", ({ node }) => this.hover(node));
    renderer.on("leaveNode", () => this.hover(undefined));
    renderer.on("clickStage", () => this.clearSelection());
  }

  on(listener: Listener): void {
    this.listeners.push(listener);
  }

  emit(change: Change): void {
    for (const listener of this.listeners) listener(change);
  }

  async loadOverview(): Promise<void> {
    this.replaceGraph(await this.api.overview());
  }

  async drillDown(node: string): Promise<void> {
    const community = this.graph.getNodeAttribute(node, "community") as number;
    this.replaceGraph(await this.api.overview(community));
  }

  replaceGraph(json: GraphJson): void {
    this.stopLayout();
    this.graph.clear();
    this.state.selected = [];
    this.clearPath();
    this.state.removed.clear();
    this.level = String(json.attributes?.level ?? "persons");
    this.merge(json);
    this.canvas.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    if (this.graph.order > 0 && this.graph.order <= 25_000) this.runLayoutFor(3_000);
  }

  /** Adds the nodes and edges of a subgraph, keeping what is there and where it is. */
  merge(json: GraphJson): void {
    for (const { key, attributes } of json.nodes) this.graph.mergeNode(key, attributes);
    for (const { key, source, target, attributes } of json.edges ?? []) {
      if (key !== undefined && this.graph.hasEdge(key)) continue;
      if (!this.graph.hasNode(source) || !this.graph.hasNode(target)) continue;
      if (key === undefined) this.graph.addEdge(source, target, attributes);
      else this.graph.addEdgeWithKey(key, source, target, attributes);
    }
    placeNewNodes(this.graph);
    this.canvas.update();
    this.emit("graph");
  }

  async expand(node: string, limit = EXPAND_LIMIT): Promise<number> {
    return this.mergeAndSettle(await this.api.network(node, { depth: 1, limit }));
  }

  /** Merges, then lets the layout settle the newcomers for a moment; returns how many came. */
  mergeAndSettle(json: GraphJson): number {
    const before = this.graph.order;
    this.merge(json);
    if (this.graph.order > before && this.graph.order <= 25_000) this.runLayoutFor(1_500);
    return this.graph.order - before;
  }

  select(node: string, add = false): void {
    const others = this.state.selected.filter((selected) => selected !== node);
    this.state.selected = add ? [...others.slice(-1), node] : [node];
    this.canvas.redraw();
    this.emit("selection");
  }

  clearSelection(): void {
    if (this.state.selected.length === 0 && this.state.path.nodes.size === 0) return;
    this.state.selected = [];
    this.clearPath();
    this.canvas.redraw();
    this.emit("selection");
  }

  /** Selects the node and moves the camera onto it. */
  focus(node: string): void {
    if (!this.graph.hasNode(node)) return;
    this.select(node);
    const position = this.canvas.renderer.getNodeDisplayData(node);
    if (position) {
      void this.canvas.renderer
        .getCamera()
        .animate({ x: position.x, y: position.y, ratio: 0.35 }, { duration: 400 });
    }
  }

  showPath(nodes: string[]): void {
    this.clearPath();
    nodes.forEach((node) => this.state.path.nodes.add(node));
    for (let i = 1; i < nodes.length; i++) {
      for (const edge of this.graph.edges(nodes[i - 1], nodes[i])) this.state.path.edges.add(edge);
      for (const edge of this.graph.edges(nodes[i], nodes[i - 1])) this.state.path.edges.add(edge);
    }
    this.canvas.redraw();
    this.emit("view");
  }

  private clearPath(): void {
    this.state.path.nodes.clear();
    this.state.path.edges.clear();
  }

  /** Recompute filters and scales after a view setting changed. */
  updateView(): void {
    this.canvas.update();
    this.emit("view");
  }

  private hover(node: string | undefined): void {
    // Fading everything else costs a full refresh: on big graphs, sigma's own hover label must do.
    if (this.graph.order > HOVER_FADE_LIMIT) return;
    this.state.hovered = node;
    this.canvas.redraw();
  }

  get layoutRunning(): boolean {
    return this.layout.isRunning();
  }

  startLayout(): void {
    this.layout.start();
    this.emit("view");
  }

  stopLayout(): void {
    if (this.layout.isRunning()) this.layout.stop();
    this.emit("view");
  }

  private layoutTimer: ReturnType<typeof setTimeout> | undefined;

  /** Runs the layout for a while after the graph changed, then stops: positions stay. */
  private runLayoutFor(ms: number): void {
    clearTimeout(this.layoutTimer);
    // The worker copies the graph when it starts: a new graph needs a new worker.
    this.layout.kill();
    this.layout = createLayout(this.graph);
    this.startLayout();
    this.layoutTimer = setTimeout(() => this.stopLayout(), ms);
  }
}
