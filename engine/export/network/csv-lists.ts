/** The network as two CSV files, a node list and an edge list, with every attribute as a column. */
import { toCsv } from "../csv.ts";
import { compareText } from "../order.ts";
import type { AbstractGraph } from "graphology-types";
import type { FlatAttributes } from "./flat-graph.ts";

export function toCsvLists(graph: AbstractGraph<FlatAttributes, FlatAttributes>): {
  nodes: string;
  edges: string;
} {
  const nodeRows = graph.mapNodes((node, attributes) => ({ id: node, ...attributes }));
  const edgeRows = graph.mapEdges((edge, attributes, source, target) => ({
    id: edge,
    source,
    target,
    ...attributes,
  }));
  return { nodes: table(["id"], nodeRows), edges: table(["id", "source", "target"], edgeRows) };
}

function table(leading: string[], rows: FlatAttributes[]): string {
  const rest = new Set<string>();
  for (const row of rows)
    for (const name of Object.keys(row)) if (!leading.includes(name)) rest.add(name);
  const columns = [...leading, ...[...rest].sort(compareText)];
  return toCsv(
    columns,
    rows.map((row) => columns.map((column) => row[column])),
  );
}
