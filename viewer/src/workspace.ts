/**
 * The workspace: the loaded graph, its canvas and layout, the view state and
 * the API client, with the few actions panels share (focus, select, expand,
 * merge a subgraph). Panels subscribe to `changed` and re-render themselves.
 */
import Graph from "graphology";
import type { CameraState } from "sigma/types";
import { mayUse, type Feature } from "./api/access.ts";
import type { ApiClient } from "./api/client.ts";
import type { GraphJson } from "./api/types.ts";
import { isFoldedNode, isSuperNode } from "./graph/attributes.ts";
import { animateCamera, frameNodes } from "./graph/camera.ts";
import { createCanvas, type Canvas } from "./graph/canvas.ts";
import { freeRect, overlayRects } from "./graph/overlays.ts";
import {
  GROW_ITERATIONS,
  iterationsFor,
  placeNewNodes,
  runLayout,
  type LayoutRun,
} from "./graph/layout.ts";
import { createViewState, type ViewState } from "./graph/view-state.ts";

export type Change = "graph" | "selection" | "view";
/** What the graph was drawn from: the overview, one community, or a folded group of small ones (by crime). */
export interface GraphSource {
  community?: number;
  folded?: string;
}
type Listener = (change: Change) => void;

/** Most neighbours fetched when expanding a node: hubs would drown the picture. */
export const EXPAND_LIMIT = 50;
/** Above this many nodes, hovering redraws only the hovered neighbourhood, not the whole graph. */
const HOVER_FADE_LIMIT = 5_000;
/** Above this many nodes no layout runs: the server's positions-free overview is super-nodes there. */
const LAYOUT_LIMIT = 25_000;
/** Closest the camera comes when fitting what the filters leave: a lone node keeps some context. */
const FIT_MIN_RATIO = 0.05;
/** Camera ratio when moving onto one node: close, with its neighbours in view. */
const FOCUS_RATIO = 0.25;
/** Closest the camera comes to frame a path: its persons fill the view, not the faded rest. */
const PATH_MIN_RATIO = 0.04;

export class Workspace {
  readonly graph = new Graph({ multi: true, type: "mixed" });
  readonly state: ViewState = createViewState();
  readonly canvas: Canvas;
  /** The layout run started by the last graph change (a fixed number of iterations). */
  private layout: LayoutRun | undefined;
  /** Where the last fit left the camera, so a resize can fit again while it is still there. */
  private fitted: CameraState | undefined;
  /** Counts the times the camera was told where to be (placeCamera): a fit waiting for the layout then gives way. */
  private placements = 0;
  /** Resolves when the last layout run has finished. */
  private settled: Promise<void> = Promise.resolve();
  private readonly listeners: Listener[] = [];
  /** What the overview answered with: "persons", "communities" or "community". */
  level = "persons";
  /**
   * Above how many persons the overview draws communities instead
   * (`?maxNodes=N` in the viewer's address); the server's default when unset.
   */
  overviewMaxNodes: number | undefined;
  /** Community names from the analysis, for the legend and for telling namesakes apart. */
  communityNames = new Map<string, string>();
  /** Where the graph came from and the nodes expanded since, in order: enough to draw it again (saved views). */
  source: GraphSource = {};
  readonly expanded = new Set<string>();

  constructor(
    readonly api: ApiClient,
    container: HTMLElement,
  ) {
    this.canvas = createCanvas(container, this.graph, this.state, this.communityNames);
    const renderer = this.canvas.renderer;
    renderer.on("clickNode", ({ node, event }) => {
      const attributes = this.graph.getNodeAttributes(node);
      // A folded "other" node holds many small communities: they open from the communities list.
      if (isFoldedNode(attributes)) void this.drillIntoFolded(node);
      else if (isSuperNode(attributes)) void this.drillDown(node);
      else this.select(node, event.original.shiftKey);
    });
    renderer.on("enterNode", ({ node }) => this.hover(node));
    renderer.on("leaveNode", () => this.hover(undefined));
    renderer.on("clickStage", () => this.clearSelection());
    // A legend opened or closed, a side column folded or a window resized leaves a fitted
    // view fitted. Sigma reads its size on its own only at a window resize: told here.
    const resized = new ResizeObserver(() => {
      const { width, height } = renderer.getDimensions();
      renderer.resize();
      const now = renderer.getDimensions();
      if (now.width !== width || now.height !== height) renderer.refresh();
      void this.refit();
    });
    resized.observe(container);
    for (const overlay of container.parentElement?.querySelectorAll("[data-overlay]") ?? [])
      resized.observe(overlay);
  }

  /** Whether the signed-in user's role may use a tool: tools it may not are not offered. */
  may(feature: Feature): boolean {
    return mayUse(this.api.user.role, feature);
  }

  on(listener: Listener): void {
    this.listeners.push(listener);
  }

  emit(change: Change): void {
    for (const listener of this.listeners) listener(change);
  }

  async loadOverview(): Promise<void> {
    this.replaceGraph(await this.api.overview(undefined, this.overviewMaxNodes));
  }

  async drillDown(node: string): Promise<void> {
    await this.drillDownTo(this.graph.getNodeAttribute(node, "community") as number);
  }

  async drillDownTo(community: number): Promise<void> {
    this.replaceGraph(await this.api.overview(community), { community });
  }

  /** The persons of the small communities an "other" node (`other:CRIME`) folds together. */
  async drillIntoFolded(node: string): Promise<void> {
    const folded = node.slice("other:".length);
    this.replaceGraph(await this.api.foldedMembers(folded), { folded });
  }

  replaceGraph(json: GraphJson, source: GraphSource = {}): void {
    this.stopLayout();
    this.graph.clear();
    this.source = source;
    this.expanded.clear();
    this.state.selected = [];
    this.clearPath();
    this.state.removed.clear();
    this.level = String(json.attributes?.level ?? "persons");
    this.merge(json);
    this.state.hoverFades = this.graph.order <= HOVER_FADE_LIMIT;
    this.canvas.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    if (this.graph.order > 0 && this.graph.order <= LAYOUT_LIMIT) this.settleLayout();
    // A new picture (overview, drill-down) is fitted into what the legend and the timeline leave free.
    void this.fitVisible();
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
    const added = this.mergeAndSettle(await this.api.network(node, { depth: 1, limit }));
    this.expanded.add(node);
    return added;
  }

  /** Merges, then settles the newcomers while the nodes already drawn keep their places; returns how many came. */
  mergeAndSettle(json: GraphJson): number {
    const before = new Set(this.graph.nodes());
    this.merge(json);
    this.state.hoverFades = this.graph.order <= HOVER_FADE_LIMIT;
    const added = this.graph.order - before.size;
    if (added > 0 && this.graph.order <= LAYOUT_LIMIT) this.settleLayout(before);
    return added;
  }

  /** Moves the camera onto the nodes once the layout has stopped moving them. */
  async frame(nodes: string[], minRatio = FOCUS_RATIO): Promise<void> {
    const placed = this.placements;
    await this.whenSettled();
    // Told where to be while waiting (a saved view restored): that wins.
    if (placed !== this.placements) return;
    const renderer = this.canvas.renderer;
    const { width, height } = renderer.getDimensions();
    await frameNodes(
      renderer,
      nodes.filter((node) => this.graph.hasNode(node)),
      { minRatio, free: freeRect(width, height, overlayRects(renderer.getContainer())) },
    );
  }

  /**
   * Puts the camera where it is told, over any fit still under way (a new
   * graph is fitted once its layout stops): an animation replaces another,
   * where setting the state would be overwritten by the next frame of one.
   */
  placeCamera(state: CameraState): Promise<void> {
    this.placements++;
    this.fitted = undefined;
    return animateCamera(this.canvas.renderer.getCamera(), state, 1);
  }

  /** Resolves once the last layout run has stopped moving nodes. */
  async whenSettled(): Promise<void> {
    // A newer layout run may start while waiting: wait for the last one.
    for (let run = this.settled; ; run = this.settled) {
      await run;
      if (run === this.settled) return;
    }
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

  /** Selects the node (added to the selection with `add`, as shift-click does) and moves the camera onto it. */
  focus(node: string, add = false): Promise<void> {
    if (!this.graph.hasNode(node)) return Promise.resolve();
    this.select(node, add);
    return this.frame(add ? this.state.selected : [node]);
  }

  /** Focuses an entity, fetching it and its neighbours into the view first when it is not drawn. */
  async reveal(node: string, add = false): Promise<void> {
    if (!this.graph.hasNode(node)) await this.expand(node);
    await this.focus(node, add);
  }

  /** Draws an entity's neighbours around it (fetched again, so a cut neighbourhood grows) and focuses it. */
  async openEgo(node: string): Promise<void> {
    await this.expand(node);
    await this.focus(node);
  }

  /** Shows one community: drills down into it from the super-nodes, else filters the view to it and frames it. */
  async showCommunity(community: number): Promise<void> {
    if (this.level === "communities") return this.drillDownTo(community);
    if (this.level === "community") {
      this.replaceGraph(await this.api.overview(community), { community });
      return;
    }
    this.state.filters.communities = new Set([String(community)]);
    await this.filtersChanged();
  }

  /** Highlights the path and moves the camera onto it. */
  showPath(nodes: string[]): Promise<void> {
    this.clearPath();
    nodes.forEach((node) => this.state.path.nodes.add(node));
    for (let i = 1; i < nodes.length; i++) {
      for (const edge of this.graph.edges(nodes[i - 1], nodes[i])) this.state.path.edges.add(edge);
      for (const edge of this.graph.edges(nodes[i], nodes[i - 1])) this.state.path.edges.add(edge);
    }
    this.canvas.redraw();
    this.emit("view");
    return this.frame(nodes, PATH_MIN_RATIO);
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

  /** After a filter changed: recompute, then move the camera so what is left fills the view. */
  filtersChanged(): Promise<void> {
    this.updateView();
    return this.fitVisible();
  }

  /** Frames every node the filters let through (the whole graph when none hides anything). */
  async fitVisible(): Promise<void> {
    const placed = this.placements;
    const { hiddenNodes } = this.canvas.derived();
    await this.frame(
      this.graph.filterNodes((node) => !hiddenNodes.has(node)),
      FIT_MIN_RATIO,
    );
    if (placed === this.placements) this.fitted = this.canvas.renderer.getCamera().getState();
  }

  /** Fits again when the camera is where the last fit left it (the analyst has not moved it since). */
  private refit(): Promise<void> {
    const camera = this.canvas.renderer.getCamera();
    const now = camera.getState();
    const fitted = this.fitted;
    if (!fitted || camera.isAnimated()) return Promise.resolve();
    const still =
      Math.abs(now.x - fitted.x) < 1e-6 &&
      Math.abs(now.y - fitted.y) < 1e-6 &&
      Math.abs(now.ratio - fitted.ratio) < 1e-6;
    return still ? this.fitVisible() : Promise.resolve();
  }

  private hover(node: string | undefined): void {
    const previous = this.state.hovered;
    this.state.hovered = node;
    if (this.state.hoverFades) return this.canvas.redraw();
    // Big graph: nothing else fades, so only the old and new neighbourhoods change.
    this.canvas.redrawAround([previous, node]);
  }

  get layoutRunning(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  /**
   * Runs the seeded layout for its fixed number of iterations: the whole graph,
   * or with `hold`, only the nodes not in it (which is how the graph grows
   * without moving what the analyst has already seen).
   */
  settleLayout(hold?: ReadonlySet<string>): Promise<void> {
    this.stopLayout();
    const run = runLayout(this.graph, {
      iterations: hold ? GROW_ITERATIONS : iterationsFor(this.graph.order),
      ...(hold && { hold }),
      onChunk: () => this.canvas.redraw(),
    });
    this.layout = run;
    this.settled = run.done.then(() => this.emit("view"));
    this.emit("view");
    return this.settled;
  }

  stopLayout(): void {
    if (this.layout?.isRunning()) this.layout.cancel();
  }
}
