/** GEXF 1.3 for Gephi, through graphology-gexf's writer, every attribute declared. */
import { write } from "graphology-gexf";
import type { FlatGraph } from "./flat-graph.ts";

export function toGexf(graph: FlatGraph): string {
  return write(graph, {
    version: "1.3",
    formatNode: (_key, attributes) => ({ label: String(attributes.label ?? ""), attributes }),
    // No edge label: readers would add it as an attribute the graph does not have.
    formatEdge: (_key, attributes) => ({ attributes }),
  });
}
