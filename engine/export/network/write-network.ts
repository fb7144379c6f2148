/**
 * Writes the network (whole or a neighbourhood) for other tools: GEXF and
 * GraphML for Gephi (the person network by default, the record multigraph
 * on request), FollowTheMoney NDJSON for Aleph, CSV node and edge
 * lists, each line by line as it is made (`writeLines`), with progress. As with target packages, the caller hands in the graph already
 * filtered to the user's clearance and the analysis computed on it.
 */
import type { Analysis, PersonNetwork } from "../../analytics/index.ts";
import type { EntityGraph } from "../../model/index.ts";
import { csvListLines } from "./csv-lists.ts";
import { flatGraph, type FlatGraph } from "./flat-graph.ts";
import { ftmLines } from "./ftm.ts";
import type { ExportProgress } from "./export-progress.ts";
import { gexfLines } from "./gexf.ts";
import { graphmlLines } from "./graphml.ts";
import { personGraph, type PersonGraph } from "./person-graph.ts";
import { writeLines } from "./write-lines.ts";

export const NETWORK_FORMATS = ["gexf", "graphml", "ftm", "csv"] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

/**
 * What GEXF, GraphML and CSV hold: `persons`, the person network (one
 * weighted edge per tie; the default, made for Gephi), or `records`, the
 * record multigraph (every entity and every record, edges of a `kind`).
 */
export const NETWORK_GRAPHS = ["persons", "records"] as const;
export type NetworkGraph = (typeof NETWORK_GRAPHS)[number];

export interface NetworkExportInput {
  /** The part of the graph to export: the user's view, or a neighbourhood in it. */
  graph: EntityGraph;
  /** Adds community and scores as node attributes (GEXF, GraphML, CSV). */
  analysis?: Analysis;
  /** The person network and the view it was built from: needed for `shape: "persons"`. */
  people?: { network: PersonNetwork; view: EntityGraph };
  format: NetworkFormat;
  /** GEXF, GraphML and CSV: the person network (default) or the record multigraph. */
  shape?: NetworkGraph;
  /** The file to write; for csv, `<out without .csv>.nodes.csv` and `.edges.csv`. */
  out: string;
  /**
   * Building the graph ("person graph" or "record graph", in nodes and ties
   * or records), then writing GEXF, GraphML or CSV ("read attributes", then
   * "write gexf", "write graphml" or "write csv", in nodes and edges); FtM,
   * made from the records themselves, in one stage "write ftm" (in nodes and
   * edges).
   */
  onProgress?: ExportProgress;
}

/** Writes the export and returns the paths written. */
export async function exportNetwork(input: NetworkExportInput): Promise<string[]> {
  const { graph, format, out, onProgress } = input;
  if (format === "ftm") {
    await writeLines(out, ftmLines(graph, onProgress));
    return [out];
  }
  const drawn = networkGraph(input);
  switch (format) {
    case "gexf":
      await writeLines(out, gexfLines(drawn, input.onProgress));
      return [out];
    case "graphml":
      await writeLines(out, graphmlLines(drawn, input.onProgress));
      return [out];
    case "csv": {
      const base = out.replace(/\.csv$/i, "");
      const lists = csvListLines(drawn, onProgress);
      const paths = [`${base}.nodes.csv`, `${base}.edges.csv`];
      await writeLines(paths[0]!, lists.nodes);
      await writeLines(paths[1]!, lists.edges);
      return paths;
    }
    default:
      throw new Error(
        `export: unknown network format "${String(format)}" (use ${NETWORK_FORMATS.join(", ")})`,
      );
  }
}

function networkGraph(input: NetworkExportInput): FlatGraph | PersonGraph {
  const { graph, analysis, people, shape = "persons", onProgress } = input;
  if (shape === "records") return flatGraph(graph, analysis, onProgress);
  if (shape !== "persons")
    throw new Error(`export: unknown graph "${String(shape)}" (use ${NETWORK_GRAPHS.join(", ")})`);
  if (!analysis || !people)
    throw new Error("export: the person network needs the analysis and its network");
  return personGraph(
    { graph: people.view, analysis, network: people.network, scope: graph },
    onProgress,
  );
}
