/**
 * Appearance as sigma reducers over the view state and its derived values:
 * pure functions of (node or edge, attributes), so a change of state is one
 * refresh and the graph data is never touched.
 */
import type Graph from "graphology";
import type { Attributes } from "graphology-types";
import type { EdgeDisplayData } from "sigma/types";
import {
  edgeAmount,
  isMoneyEdge,
  isSuperNode,
  nodeCommunity,
  nodeCrimes,
  nodeLabel,
  nodeType,
} from "./attributes.ts";
import type { Derived } from "./derived.ts";
import type { ShapeDisplayData } from "./node-shape-program.ts";
import {
  CRIME_COLOURS,
  ENTITY_COLOURS,
  NEUTRAL,
  communityColour,
  type EntityTypeName,
} from "./palette.ts";
import { shapeOf } from "./shapes.ts";
import type { ViewState } from "./view-state.ts";

export const FADED_NODE = "#E4E7EB";
export const FADED_EDGE = "#EEF0F2";
export const EDGE = "#B8BFC7";
export const HIGHLIGHT = "#1B1F24";
export const MONEY = "#E69F00";

export function nodeColour(attributes: Attributes, state: ViewState, derived: Derived): string {
  switch (state.settings.colourBy) {
    case "type":
      return ENTITY_COLOURS[nodeType(attributes) as EntityTypeName] ?? NEUTRAL;
    case "crime": {
      const crime = nodeCrimes(attributes).find(
        (type) => state.filters.crimes.size === 0 || state.filters.crimes.has(type),
      );
      return crime ? (CRIME_COLOURS[crime as keyof typeof CRIME_COLOURS] ?? NEUTRAL) : NEUTRAL;
    }
    case "community": {
      const community = nodeCommunity(attributes);
      const rank = community === undefined ? undefined : derived.communityRank.get(community);
      return rank === undefined ? NEUTRAL : communityColour(rank);
    }
  }
}

export function createNodeReducer(graph: Graph, state: ViewState, derived: () => Derived) {
  return (node: string, attributes: Attributes): Partial<ShapeDisplayData> => {
    const d = derived();
    // Sigma wants a position even for hidden nodes.
    if (d.hiddenNodes.has(node)) return { x: attributes.x, y: attributes.y, hidden: true };
    const { minNodeSize, maxNodeSize } = state.settings;
    const shape = shapeOf(nodeType(attributes));
    const share = d.sizeShare.get(node) ?? 0;
    const display: Partial<ShapeDisplayData> = {
      x: attributes.x,
      y: attributes.y,
      label: nodeLabel(attributes),
      size: minNodeSize + share * (maxNodeSize - minNodeSize),
      color: nodeColour(attributes, state, d),
      sides: isSuperNode(attributes) ? 0 : shape.sides,
      turn: shape.turn,
      ring: isSuperNode(attributes) ? 0.12 : 0,
      ringColor: "#FFFFFF",
      forceLabel: d.labelled.has(node),
      zIndex: share,
    };
    const selected = state.selected.includes(node);
    const onPath = state.path.nodes.has(node);
    const hoveredHere = state.hovered === node;
    const neighbourOfHover =
      state.hovered !== undefined && !hoveredHere && graph.areNeighbors(node, state.hovered);
    if (state.removed.has(node)) {
      return { ...display, color: FADED_NODE, label: null, forceLabel: false, zIndex: -1 };
    }
    const focusing = state.path.nodes.size > 0 || state.hovered !== undefined;
    if (selected || onPath || hoveredHere) {
      return { ...display, ring: 0.28, ringColor: HIGHLIGHT, forceLabel: true, zIndex: 2 };
    }
    if (focusing && !neighbourOfHover) {
      return { ...display, color: FADED_NODE, label: null, forceLabel: false, zIndex: -1 };
    }
    return display;
  };
}

export function createEdgeReducer(graph: Graph, state: ViewState, derived: () => Derived) {
  return (edge: string, attributes: Attributes): Partial<EdgeDisplayData> => {
    const d = derived();
    const [source, target] = graph.extremities(edge);
    if (d.hiddenEdges.has(edge) || d.hiddenNodes.has(source) || d.hiddenNodes.has(target)) {
      return { hidden: true };
    }
    const weight = typeof attributes.weight === "number" ? attributes.weight : 1;
    const display: Partial<EdgeDisplayData> = {
      color: EDGE,
      size: Math.min(4, 0.5 + Math.log1p(weight) * 0.6),
      zIndex: 0,
    };
    if (state.path.edges.has(edge)) return { color: HIGHLIGHT, size: 4, zIndex: 2 };
    if (state.removed.has(source) || state.removed.has(target)) {
      return { ...display, color: FADED_EDGE };
    }
    if (state.hovered !== undefined) {
      const touches = source === state.hovered || target === state.hovered;
      return touches ? { ...display, color: "#5F6B78", zIndex: 1 } : { hidden: true };
    }
    if (state.path.nodes.size > 0) return { ...display, color: FADED_EDGE };
    if (state.settings.moneyMode) {
      if (!isMoneyEdge(attributes)) return { ...display, color: FADED_EDGE };
      return { color: MONEY, size: 1 + Math.log10(1 + edgeAmount(attributes)) * 1.4, zIndex: 1 };
    }
    return display;
  };
}
