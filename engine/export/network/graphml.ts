/**
 * GraphML, which graphology-graphml can read but not write: a key per
 * attribute and domain, typed `boolean`, `long` (whole numbers throughout),
 * `double` or `string` from the values present, as Gephi and yEd expect.
 */
import { escapeXml as x } from "../escape.ts";
import { compareText } from "../order.ts";
import type { AbstractGraph } from "graphology-types";
import type { FlatAttributes, Scalar } from "./flat-graph.ts";

type AttrType = "boolean" | "long" | "double" | "string";

export function toGraphml(graph: AbstractGraph<FlatAttributes, FlatAttributes>): string {
  const nodeKeys = keysOf(graph.mapNodes((_node, attributes) => attributes));
  const edgeKeys = keysOf(graph.mapEdges((_edge, attributes) => attributes));
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...[...nodeKeys].map(
      ([name, type], i) =>
        `  <key id="n${i}" for="node" attr.name="${x(name)}" attr.type="${type}"/>`,
    ),
    ...[...edgeKeys].map(
      ([name, type], i) =>
        `  <key id="e${i}" for="edge" attr.name="${x(name)}" attr.type="${type}"/>`,
    ),
    `  <graph edgedefault="${graph.type === "undirected" ? "undirected" : "directed"}">`,
  ];
  const nodeIds = new Map([...nodeKeys.keys()].map((name, i) => [name, `n${i}`]));
  const edgeIds = new Map([...edgeKeys.keys()].map((name, i) => [name, `e${i}`]));
  graph.forEachNode((node, attributes) => {
    lines.push(`    <node id="${x(node)}">${data(attributes, nodeIds)}</node>`);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    lines.push(
      `    <edge id="${x(edge)}" source="${x(source)}" target="${x(target)}">${data(attributes, edgeIds)}</edge>`,
    );
  });
  lines.push(`  </graph>`, `</graphml>`, ``);
  return lines.join("\n");
}

function keysOf(records: FlatAttributes[]): Map<string, AttrType> {
  const types = new Map<string, AttrType>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record))
      types.set(name, widen(types.get(name), value));
  }
  return new Map([...types].sort(([a], [b]) => compareText(a, b)));
}

function widen(current: AttrType | undefined, value: Scalar): AttrType {
  const own: AttrType =
    typeof value === "boolean"
      ? "boolean"
      : typeof value === "number"
        ? Number.isInteger(value)
          ? "long"
          : "double"
        : "string";
  if (current === undefined || current === own) return own;
  if ((current === "long" && own === "double") || (current === "double" && own === "long"))
    return "double";
  return "string";
}

function data(attributes: FlatAttributes, ids: Map<string, string>): string {
  return Object.entries(attributes)
    .map(([name, value]) => `<data key="${ids.get(name)!}">${x(value)}</data>`)
    .join("");
}
