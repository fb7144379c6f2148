/**
 * The network as two CSV files, a node list and an edge list, with every
 * attribute as a column (`id` first, then an edge's `source` and `target`,
 * the rest in text order): the columns read first ("read attributes", as for
 * GEXF and GraphML), then rows written as they are made ("write csv", in
 * nodes then edges), so neither file is ever one string.
 */
import type { AbstractGraph } from "graphology-types";
import { csvLines, type Cell } from "../csv.ts";
import { attributeTypes, type AttributeTypes } from "./attribute-types.ts";
import { reported, type ExportProgress } from "./export-progress.ts";
import type { FlatAttributes } from "./flat-graph.ts";
import { linesText } from "./write-lines.ts";

type Graph = AbstractGraph<FlatAttributes, FlatAttributes>;

/** Both files' lines, for `writeLines`: write `nodes` first, then `edges`, for the counts to run on. */
export interface CsvListLines {
  nodes: Iterable<string>;
  edges: Iterable<string>;
}

export function toCsvLists(graph: Graph): { nodes: string; edges: string } {
  const lists = csvListLines(graph);
  return { nodes: linesText(lists.nodes), edges: linesText(lists.edges) };
}

export function csvListLines(graph: Graph, progress?: ExportProgress): CsvListLines {
  const types = attributeTypes(graph, [], progress);
  const total = graph.order + graph.size;
  const nodeRows = function* () {
    for (const { node, attributes } of graph.nodeEntries()) yield { id: node, ...attributes };
  };
  const edgeRows = function* () {
    for (const { edge, attributes, source, target } of graph.edgeEntries())
      yield { id: edge, source, target, ...attributes };
  };
  return {
    nodes: table(["id"], types.nodes, reported(nodeRows(), total, "write csv", progress)),
    edges: table(
      ["id", "source", "target"],
      types.edges,
      reported(edgeRows(), total, "write csv", progress, graph.order),
    ),
  };
}

function* table(
  leading: string[],
  names: AttributeTypes,
  rows: Iterable<FlatAttributes>,
): Generator<string> {
  const columns = [...leading, ...[...names.keys()].filter((name) => !leading.includes(name))];
  const cells = function* (): Generator<Cell[]> {
    for (const row of rows) yield columns.map((column) => row[column]);
  };
  yield* csvLines(columns, cells());
}
