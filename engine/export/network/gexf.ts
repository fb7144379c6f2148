/**
 * GEXF 1.3 for Gephi, through graphology-gexf's writer, every attribute
 * declared. An edge's `weight` and `kind` go into GEXF's own edge weight and
 * kind (Gephi keeps edges of different kinds apart), the rest into declared
 * attributes; the graph's type (directed record multigraph, undirected
 * person network) becomes the default edge type.
 */
import type { AbstractGraph } from "graphology-types";
import { write } from "graphology-gexf";
import type { FlatAttributes } from "./flat-graph.ts";

export function toGexf(graph: AbstractGraph<FlatAttributes, FlatAttributes>): string {
  return write(graph, {
    version: "1.3",
    formatNode: (_key, attributes) => ({ label: String(attributes.label ?? ""), attributes }),
    // No edge label: readers would add it as an attribute the graph does not have.
    formatEdge: (_key, { weight, kind, ...attributes }) => ({
      ...(typeof weight === "number" && { weight }),
      ...(typeof kind === "string" && { kind }),
      attributes,
    }),
  });
}
