/**
 * GraphML, which graphology-graphml can read but not write: a key per
 * attribute and domain, typed `boolean`, `long` (whole numbers throughout),
 * `double` or `string` from the values present, as Gephi and yEd expect.
 * Written line by line (one node or edge a line) with progress, so a large
 * network is never one string.
 */
import type { AbstractGraph } from "graphology-types";
import { escapeXml as x } from "../escape.ts";
import { attributeTypes, type AttributeTypes } from "./attribute-types.ts";
import { reported, type ExportProgress } from "./export-progress.ts";
import type { FlatAttributes } from "./flat-graph.ts";
import { linesText } from "./write-lines.ts";

type Graph = AbstractGraph<FlatAttributes, FlatAttributes>;

export function toGraphml(graph: Graph): string {
  return linesText(graphmlLines(graph));
}

/** The file's lines, attribute types read first ("read attributes"), then "write graphml". */
export function* graphmlLines(graph: Graph, progress?: ExportProgress): Generator<string> {
  const types = attributeTypes(graph, [], progress);
  yield `<?xml version="1.0" encoding="UTF-8"?>`;
  yield `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`;
  yield* keys(types.nodes, "node", "n");
  yield* keys(types.edges, "edge", "e");
  yield `  <graph edgedefault="${graph.type === "undirected" ? "undirected" : "directed"}">`;
  const total = graph.order + graph.size;
  yield* reported(elements(graph, types), total, "write graphml", progress);
  yield `  </graph>`;
  yield `</graphml>`;
}

function* keys(types: AttributeTypes, domain: string, prefix: string): Generator<string> {
  let i = 0;
  for (const [name, type] of types) {
    yield `  <key id="${prefix}${i++}" for="${domain}" attr.name="${x(name)}" attr.type="${type}"/>`;
  }
}

function* elements(
  graph: Graph,
  types: { nodes: AttributeTypes; edges: AttributeTypes },
): Generator<string> {
  const nodeIds = keyIds(types.nodes, "n");
  const edgeIds = keyIds(types.edges, "e");
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `    <node id="${x(node)}">${data(attributes, nodeIds)}</node>`;
  }
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    yield `    <edge id="${x(edge)}" source="${x(source)}" target="${x(target)}">${data(attributes, edgeIds)}</edge>`;
  }
}

const keyIds = (types: AttributeTypes, prefix: string) =>
  new Map([...types.keys()].map((name, i) => [name, `${prefix}${i}`]));

function data(attributes: FlatAttributes, ids: Map<string, string>): string {
  let text = "";
  for (const name in attributes)
    text += `<data key="${ids.get(name)!}">${x(attributes[name])}</data>`;
  return text;
}
