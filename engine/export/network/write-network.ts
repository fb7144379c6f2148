/**
 * Writes the network (whole or a neighbourhood) for other tools: GEXF and
 * GraphML for Gephi, FollowTheMoney NDJSON for Aleph, CSV node and edge
 * lists. As with target packages, the caller hands in the graph already
 * filtered to the user's clearance and the analysis computed on it.
 */
import { writeFile } from "node:fs/promises";
import type { Analysis } from "../../analytics/index.ts";
import type { EntityGraph } from "../../model/index.ts";
import { toCsvLists } from "./csv-lists.ts";
import { flatGraph } from "./flat-graph.ts";
import { toFtmNdjson } from "./ftm.ts";
import { toGexf } from "./gexf.ts";
import { toGraphml } from "./graphml.ts";

export const NETWORK_FORMATS = ["gexf", "graphml", "ftm", "csv"] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

export interface NetworkExportInput {
  graph: EntityGraph;
  /** Adds community and scores as node attributes (GEXF, GraphML, CSV). */
  analysis?: Analysis;
  format: NetworkFormat;
  /** The file to write; for csv, `<out without .csv>.nodes.csv` and `.edges.csv`. */
  out: string;
}

/** Writes the export and returns the paths written. */
export async function exportNetwork(input: NetworkExportInput): Promise<string[]> {
  const { graph, analysis, format, out } = input;
  switch (format) {
    case "gexf":
      await writeFile(out, toGexf(flatGraph(graph, analysis)));
      return [out];
    case "graphml":
      await writeFile(out, toGraphml(flatGraph(graph, analysis)));
      return [out];
    case "ftm":
      await writeFile(out, toFtmNdjson(graph));
      return [out];
    case "csv": {
      const base = out.replace(/\.csv$/i, "");
      const lists = toCsvLists(flatGraph(graph, analysis));
      const paths = [`${base}.nodes.csv`, `${base}.edges.csv`];
      await writeFile(paths[0]!, lists.nodes);
      await writeFile(paths[1]!, lists.edges);
      return paths;
    }
    default:
      throw new Error(
        `export: unknown network format "${String(format)}" (use ${NETWORK_FORMATS.join(", ")})`,
      );
  }
}
