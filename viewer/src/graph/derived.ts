/**
 * Values derived from the graph and the view state, computed when either
 * changes and never per frame: which nodes and edges the filters let through,
 * the community colour ranks, the size scale and the nodes always labelled.
 */
import type Graph from "graphology";
import {
  edgeSpan,
  isFlowEdge,
  isSuperNode,
  memberCount,
  nodeCommunity,
  nodeCrimes,
  nodeType,
} from "./attributes.ts";
import { namesakeLabels } from "./namesakes.ts";
import type { Filters, SizeBy, ViewState } from "./view-state.ts";

export interface Derived {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  /** Community ids drawn, ascending (the analysis numbers them largest first). */
  communities: string[];
  /** Size measure of each node scaled to [0, 1]. */
  sizeShare: Map<string, number>;
  labelled: Set<string>;
  /** In money-flow mode, the largest flows drawn, whose amounts are written on them. */
  labelledFlows: Set<string>;
  /** Labels of namesakes, each with what tells it apart (namesakes.ts). */
  namesakes: Map<string, string>;
}

/** Money flows whose amount is written on the edge: the largest, so the picture stays readable. */
const LABELLED_FLOWS = 25;

/** `networkNames`: the analysis's community names by id, as far as the viewer has them. */
export function derive(
  graph: Graph,
  state: ViewState,
  networkNames?: ReadonlyMap<string, string>,
): Derived {
  const { hiddenNodes, hiddenEdges } = applyFilters(graph, state.filters);
  const sizeShare = scaleSizes(graph, state.settings.sizeBy);
  const labelled = new Set(
    [...sizeShare.entries()]
      .filter(([node]) => !hiddenNodes.has(node))
      .sort((a, b) => b[1] - a[1])
      .slice(0, state.settings.labelledNodes)
      .map(([node]) => node),
  );
  return {
    hiddenNodes,
    hiddenEdges,
    communities: drawnCommunities(graph),
    sizeShare,
    labelled,
    labelledFlows: state.settings.moneyMode ? largestFlows(graph, hiddenNodes) : new Set(),
    namesakes: namesakeLabels(graph, networkNames),
  };
}

/** The size measure of a node; degree is counted here when the server sends none. */
export function sizeMeasure(graph: Graph, node: string, sizeBy: SizeBy): number {
  const attributes = graph.getNodeAttributes(node);
  if (isSuperNode(attributes)) return memberCount(attributes);
  const value = attributes[sizeBy];
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return sizeBy === "degree" ? graph.degree(node) : 0;
}

function scaleSizes(graph: Graph, sizeBy: SizeBy): Map<string, number> {
  const measures = new Map<string, number>();
  let max = 0;
  graph.forEachNode((node) => {
    const measure = sizeMeasure(graph, node, sizeBy);
    measures.set(node, measure);
    max = Math.max(max, measure);
  });
  // Square root: area, not radius, grows with the measure.
  for (const [node, measure] of measures)
    measures.set(node, max > 0 ? Math.sqrt(measure / max) : 0);
  return measures;
}

function largestFlows(graph: Graph, hiddenNodes: Set<string>): Set<string> {
  const flows = graph.filterEdges(
    (_, attributes, source, target) =>
      isFlowEdge(attributes) && !hiddenNodes.has(source) && !hiddenNodes.has(target),
  );
  const amount = (edge: string) => Number(graph.getEdgeAttribute(edge, "amount"));
  return new Set(flows.sort((a, b) => amount(b) - amount(a)).slice(0, LABELLED_FLOWS));
}

/** Unhides the neighbours of the persons a crime filter keeps, unless type or community hides them. */
function showNeighbours(graph: Graph, filters: Filters, hidden: Set<string>): void {
  const kept = graph.filterNodes(
    (node, attributes) => !hidden.has(node) && nodeCrimes(attributes).length > 0,
  );
  for (const node of kept) {
    graph.forEachNeighbor(node, (neighbour, attributes) => {
      const community = nodeCommunity(attributes) ?? "";
      if (filters.hiddenTypes.has(nodeType(attributes))) return;
      if (filters.communities.size > 0 && !filters.communities.has(community)) return;
      hidden.delete(neighbour);
    });
  }
}

function drawnCommunities(graph: Graph): string[] {
  const ids = new Set<string>();
  graph.forEachNode((_, attributes) => {
    const community = nodeCommunity(attributes);
    if (community !== undefined) ids.add(community);
  });
  return [...ids].sort((a, b) => Number(a) - Number(b));
}

/**
 * Entity type and community filters act on nodes directly. The crime filter
 * keeps the persons linked to a chosen crime, and the other entities only as
 * far as they touch a kept person. The time filter hides links outside the
 * range (ties: whose evidence all lies outside it) and then the nodes left with no link at all (nodes that never had a
 * dated link stay).
 */
export function applyFilters(
  graph: Graph,
  filters: Filters,
): { hiddenNodes: Set<string>; hiddenEdges: Set<string> } {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const crimeFiltered = filters.crimes.size > 0;
  graph.forEachNode((node, attributes) => {
    const community = nodeCommunity(attributes);
    if (filters.hiddenTypes.has(nodeType(attributes))) hiddenNodes.add(node);
    else if (filters.communities.size > 0 && !filters.communities.has(community ?? "")) {
      hiddenNodes.add(node);
    } else if (crimeFiltered && nodeCrimes(attributes).length > 0) {
      if (!nodeCrimes(attributes).some((crime) => filters.crimes.has(crime))) hiddenNodes.add(node);
    } else if (crimeFiltered && nodeType(attributes) === "person") hiddenNodes.add(node);
  });
  if (crimeFiltered && filters.crimeNeighbours) showNeighbours(graph, filters, hiddenNodes);
  if (crimeFiltered) {
    graph.forEachNode((node, attributes) => {
      if (hiddenNodes.has(node) || nodeCrimes(attributes).length > 0) return;
      if (nodeType(attributes) === "person") return;
      const touchesKept = graph.someNeighbor(
        node,
        (neighbour, a) => !hiddenNodes.has(neighbour) && nodeCrimes(a).length > 0,
      );
      if (!touchesKept) hiddenNodes.add(node);
    });
  }
  if (filters.timeRange) {
    const [from, to] = filters.timeRange;
    const dated = new Set<string>();
    const current = new Set<string>();
    graph.forEachEdge((edge, attributes, source, target) => {
      const span = edgeSpan(attributes);
      if (span === undefined) return;
      dated.add(source).add(target);
      // A tie shows while any of its evidence falls in the range.
      if (span[1] < from || span[0] > to) hiddenEdges.add(edge);
      else current.add(source).add(target);
    });
    for (const node of dated) if (!current.has(node)) hiddenNodes.add(node);
  }
  return { hiddenNodes, hiddenEdges };
}
