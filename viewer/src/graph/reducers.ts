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
  hasDirection,
  isCallEdge,
  isFlowEdge,
  isMoneyEdge,
  isSuperNode,
  nodeCommunity,
  nodeCrimes,
  nodeLabel,
  nodeType,
} from "./attributes.ts";
import type { Derived } from "./derived.ts";
import { flowLabel } from "./money-flows.ts";
import type { ShapeDisplayData } from "./node-shape-program.ts";
import {
  ENTITY_COLOURS,
  crimeColour,
  NEUTRAL,
  communityColourOf,
  type EntityTypeName,
} from "./palette.ts";
import { shapeOf } from "./shapes.ts";
import type { ViewState } from "./view-state.ts";

export const FADED_NODE = "#E4E7EB";
export const FADED_EDGE = "#EEF0F2";
export const EDGE = "#B8BFC7";
export const HIGHLIGHT = "#1B1F24";
export const MONEY = "#E69F00";
export const CALL = "#0072B2";

/**
 * The crime a node is filled with in crime colouring: its first (for a
 * community super-node, its dominant one: the server lists them most members
 * first) that the crime filter lets through.
 */
function fillCrime(attributes: Attributes, state: ViewState): string | undefined {
  const { crimes } = state.filters;
  return nodeCrimes(attributes).find((crime) => crimes.size === 0 || crimes.has(crime));
}

/**
 * A person of more than one crime type wears a ring in the colour of the
 * crime their fill does not show: a bridge between crime worlds stands out in
 * every colouring.
 */
export function crimeRing(attributes: Attributes, state: ViewState): string | undefined {
  const crimes = nodeCrimes(attributes);
  if (crimes.length < 2) return undefined;
  const shown = state.settings.colourBy === "crime" ? fillCrime(attributes, state) : crimes[0];
  const other = crimes.find((crime) => crime !== shown);
  return other === undefined ? undefined : crimeColour(other);
}

export function nodeColour(attributes: Attributes, state: ViewState): string {
  switch (state.settings.colourBy) {
    case "type":
      return ENTITY_COLOURS[nodeType(attributes) as EntityTypeName] ?? NEUTRAL;
    case "crime": {
      const crime = fillCrime(attributes, state);
      return crime === undefined ? NEUTRAL : crimeColour(crime);
    }
    case "community": {
      const community = nodeCommunity(attributes);
      return community === undefined ? NEUTRAL : communityColourOf(community);
    }
  }
}

/**
 * Sigma hands each reducer a fresh shallow copy of the attributes and keeps
 * what comes back as the display data, so the reducers write onto that copy
 * instead of allocating: a full refresh calls them once per node and edge.
 * `type` is overwritten because our attributes use it for the entity type,
 * sigma for the program.
 */
export function createNodeReducer(graph: Graph, state: ViewState, derived: () => Derived) {
  return (node: string, attributes: Attributes): Partial<ShapeDisplayData> => {
    const d = derived();
    const data = attributes as Partial<ShapeDisplayData>;
    const shape = shapeOf(attributes.type);
    const superNode = isSuperNode(attributes);
    const hidden = filteredOut(node, d, state);
    // Read before `type` is overwritten: the colour may depend on the entity type.
    const colour = hidden ? NEUTRAL : nodeColour(attributes, state);
    const ring = superNode ? undefined : crimeRing(attributes, state);
    data.type = "shape";
    // Sigma checks that x and y are present, even on hidden nodes and on nodes it
    // indexes as they are added, before placeNewNodes has given them a position.
    data.x = attributes.x as number;
    data.y = attributes.y as number;
    if (hidden) {
      data.hidden = true;
      return data;
    }
    const { minNodeSize, maxNodeSize } = state.settings;
    const share = d.sizeShare.get(node) ?? 0;
    data.label = d.namesakes.get(node) ?? nodeLabel(attributes);
    data.size = minNodeSize + share * (maxNodeSize - minNodeSize);
    data.color = colour;
    data.sides = superNode ? 0 : shape.sides;
    data.turn = shape.turn;
    data.ring = ring ? 0.3 : superNode ? 0.12 : 0;
    data.ringColor = ring ?? "#FFFFFF";
    data.forceLabel = d.labelled.has(node);
    data.zIndex = share;
    // A removed person fades but keeps their name: the analyst sees who went.
    if (state.removed.has(node)) return removedLook(data);
    if (state.selected.includes(node) || state.path.nodes.has(node) || state.hovered === node) {
      data.ring = 0.28;
      data.ringColor = HIGHLIGHT;
      data.forceLabel = true;
      data.zIndex = 2;
      return data;
    }
    const hover = fadingHover(graph, state);
    // A path fades the rest only while no disruption is shown: its fade must stay readable.
    const pathFades = state.path.nodes.size > 0 && state.removed.size === 0;
    if (hover !== undefined) return graph.areNeighbors(node, hover) ? data : faded(data);
    return pathFades ? faded(data) : data;
  };
}

/**
 * Whether the filters hide a node. The path and the selection are what the
 * analyst asked for: always drawn, whatever the filters say.
 */
const filteredOut = (node: string, d: Derived, state: ViewState): boolean =>
  d.hiddenNodes.has(node) && !state.path.nodes.has(node) && !state.selected.includes(node);

function faded(data: Partial<ShapeDisplayData>): Partial<ShapeDisplayData> {
  data.color = FADED_NODE;
  data.label = null;
  data.forceLabel = false;
  data.zIndex = -1;
  return data;
}

function removedLook(data: Partial<ShapeDisplayData>): Partial<ShapeDisplayData> {
  data.color = FADED_NODE;
  data.ring = 0;
  data.forceLabel = true;
  data.zIndex = 1;
  return data;
}

/** The hovered node, when hovering may fade the rest (small graphs: see workspace.ts). */
const fadingHover = (graph: Graph, state: ViewState): string | undefined =>
  state.hoverFades && state.hovered !== undefined && graph.hasNode(state.hovered)
    ? state.hovered
    : undefined;

export function createEdgeReducer(graph: Graph, state: ViewState, derived: () => Derived) {
  return (edge: string, attributes: Attributes): Partial<EdgeDisplayData> => {
    const d = derived();
    const data = attributes as Partial<EdgeDisplayData>;
    const source = graph.source(edge);
    const target = graph.target(edge);
    // Read before `type` is overwritten: our edge type, sigma's program.
    const money = isMoneyEdge(attributes);
    const flow = isFlowEdge(attributes);
    const phoneCall = isCallEdge(attributes);
    const directed = hasDirection(attributes);
    data.type = undefined;
    data.label = undefined;
    const onPath = state.path.edges.has(edge);
    const hidden =
      !onPath &&
      (d.hiddenEdges.has(edge) || filteredOut(source, d, state) || filteredOut(target, d, state));
    if (hidden || (flow && !state.settings.moneyMode)) {
      data.hidden = true;
      return data;
    }
    const weight = typeof attributes.weight === "number" ? attributes.weight : 1;
    data.color = EDGE;
    data.size = Math.min(4, 0.5 + Math.log1p(weight) * 0.6);
    data.zIndex = 0;
    if (onPath) {
      data.color = HIGHLIGHT;
      data.size = 4;
      data.zIndex = 2;
      return data;
    }
    if (state.removed.has(source) || state.removed.has(target)) {
      data.color = FADED_EDGE;
      return data;
    }
    if (state.hovered !== undefined && (source === state.hovered || target === state.hovered)) {
      data.color = "#5F6B78";
      data.zIndex = 1;
      return data;
    }
    if (fadingHover(graph, state) !== undefined) {
      data.hidden = true;
      return data;
    }
    if (state.path.nodes.size > 0) {
      data.color = FADED_EDGE;
      return data;
    }
    const { moneyMode, callMode } = state.settings;
    if (moneyMode || callMode) {
      const shown = (moneyMode && money) || (callMode && phoneCall);
      if (!shown) {
        data.color = FADED_EDGE;
        return data;
      }
      data.color = money && moneyMode ? MONEY : CALL;
      if (money && moneyMode) data.size = 1 + Math.log10(1 + edgeAmount(attributes)) * 1.4;
      if (flow && d.labelledFlows.has(edge)) {
        data.label = flowLabel(attributes);
        data.forceLabel = true;
      }
      data.zIndex = 1;
      // Who acted on whom: sigma's arrow program points from source to target.
      if (directed) data.type = "arrow";
    }
    return data;
  };
}
