/**
 * The declared type of each attribute of a graph's nodes and edges, from the
 * values present, for the formats that declare them before the first node
 * (GEXF, GraphML): `boolean`, `long` (whole numbers throughout), `double` or
 * `string`, the widest the values need. Names in text order, so a file's
 * declarations do not depend on which record came first.
 */
import type { AbstractGraph } from "graphology-types";
import { compareText } from "../order.ts";
import { reported, type ExportProgress } from "./export-progress.ts";
import type { FlatAttributes, Scalar } from "./flat-graph.ts";

export type AttributeType = "boolean" | "long" | "double" | "string";
export type AttributeTypes = Map<string, AttributeType>;

/**
 * The types of the nodes' and the edges' attributes, leaving out the edge
 * attributes in `edgeSkip` (those a format writes in its own way), read as
 * the export stage "read attributes".
 */
export function attributeTypes(
  graph: AbstractGraph<FlatAttributes, FlatAttributes>,
  edgeSkip: readonly string[],
  progress?: ExportProgress,
): { nodes: AttributeTypes; edges: AttributeTypes } {
  const nodes: AttributeTypes = new Map();
  const edges: AttributeTypes = new Map();
  const elements = reported(
    everyElement(graph),
    graph.order + graph.size,
    "read attributes",
    progress,
  );
  for (const { attributes, edge } of elements) {
    const types = edge ? edges : nodes;
    for (const name in attributes) {
      if (!(edge && edgeSkip.includes(name)))
        types.set(name, widen(types.get(name), attributes[name]!));
    }
  }
  return { nodes: sorted(nodes), edges: sorted(edges) };
}

function* everyElement(
  graph: AbstractGraph<FlatAttributes, FlatAttributes>,
): Generator<{ attributes: FlatAttributes; edge: boolean }> {
  for (const { attributes } of graph.nodeEntries()) yield { attributes, edge: false };
  for (const { attributes } of graph.edgeEntries()) yield { attributes, edge: true };
}

const sorted = (types: AttributeTypes): AttributeTypes =>
  new Map([...types].sort(([a], [b]) => compareText(a, b)));

function widen(current: AttributeType | undefined, value: Scalar): AttributeType {
  const own: AttributeType =
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
