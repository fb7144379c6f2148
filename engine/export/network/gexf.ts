/**
 * GEXF 1.3 for Gephi, every attribute declared (types as in
 * attribute-types.ts, ids numbered as Gephi numbers them, titles the
 * names). An edge's `weight` and `kind` go into GEXF's own edge weight and
 * kind (Gephi keeps edges of different kinds apart), the rest into declared
 * attributes; a node's `label` is both its GEXF label and an attribute; the
 * graph's type (directed record multigraph, undirected person network) is the
 * default edge type, and an edge of the other type says so.
 *
 * Our own writer rather than graphology-gexf's, which builds the whole file
 * as one string and reports nothing (137 s on a 262k-link world): this one
 * yields a line per node or edge, with progress, for `writeLines`.
 */
import type { AbstractGraph } from "graphology-types";
import { escapeXmlAttribute as x } from "../escape.ts";
import { SOFTWARE_VERSION } from "../version.ts";
import { attributeTypes, type AttributeTypes } from "./attribute-types.ts";
import { reported, type ExportProgress } from "./export-progress.ts";
import type { FlatAttributes } from "./flat-graph.ts";
import { linesText } from "./write-lines.ts";

type Graph = AbstractGraph<FlatAttributes, FlatAttributes>;

/** Edge attributes GEXF writes as the edge's own weight and kind. */
const EDGE_OWN = ["weight", "kind"];

export function toGexf(graph: Graph): string {
  return linesText(gexfLines(graph));
}

/** The file's lines, attribute types read first ("read attributes"), then "write gexf". */
export function* gexfLines(graph: Graph, progress?: ExportProgress): Generator<string> {
  const types = attributeTypes(graph, EDGE_OWN, progress);
  yield `<?xml version="1.0" encoding="UTF-8"?>`;
  yield `<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">`;
  yield `  <meta><creator>Crosslink ${x(SOFTWARE_VERSION)}</creator></meta>`;
  yield `  <graph defaultedgetype="${graph.type === "undirected" ? "undirected" : "directed"}">`;
  yield* declarations(types.nodes, "node");
  yield* declarations(types.edges, "edge");
  const total = graph.order + graph.size;
  yield `    <nodes>`;
  yield* reported(nodeLines(graph, types.nodes), total, "write gexf", progress);
  yield `    </nodes>`;
  yield `    <edges>`;
  yield* reported(edgeLines(graph, types.edges), total, "write gexf", progress, graph.order);
  yield `    </edges>`;
  yield `  </graph>`;
  yield `</gexf>`;
}

function* declarations(types: AttributeTypes, domain: "node" | "edge"): Generator<string> {
  if (types.size === 0) return;
  yield `    <attributes class="${domain}">`;
  let i = 0;
  for (const [name, type] of types) {
    yield `      <attribute id="${i++}" title="${x(name)}" type="${type}"/>`;
  }
  yield `    </attributes>`;
}

function* nodeLines(graph: Graph, types: AttributeTypes): Generator<string> {
  const ids = attributeIds(types);
  for (const { node, attributes } of graph.nodeEntries()) {
    const label = attributes.label;
    const labelled = label !== undefined && label !== "" ? ` label="${x(label)}"` : "";
    yield `      <node id="${x(node)}"${labelled}>${attvalues(attributes, ids)}</node>`;
  }
}

function* edgeLines(graph: Graph, types: AttributeTypes): Generator<string> {
  const ids = attributeIds(types);
  const directedByDefault = graph.type !== "undirected";
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const { weight, kind } = attributes;
    let line = `      <edge id="${x(edge)}"`;
    if (undirected === directedByDefault)
      line += ` type="${undirected ? "undirected" : "directed"}"`;
    line += ` source="${x(source)}" target="${x(target)}"`;
    if (typeof weight === "number" && !Number.isNaN(weight)) line += ` weight="${weight}"`;
    if (typeof kind === "string" && kind !== "") line += ` kind="${x(kind)}"`;
    yield `${line}>${attvalues(attributes, ids)}</edge>`;
  }
}

const attributeIds = (types: AttributeTypes) =>
  new Map([...types.keys()].map((name, i) => [name, String(i)]));

/** The declared attributes the element has; GEXF's own edge weight and kind are not declared. */
function attvalues(attributes: FlatAttributes, ids: Map<string, string>): string {
  let values = "";
  for (const name in attributes) {
    const id = ids.get(name);
    if (id !== undefined) values += `<attvalue for="${id}" value="${x(attributes[name])}"/>`;
  }
  return values === "" ? "" : `<attvalues>${values}</attvalues>`;
}
