/**
 * The network as other tools read it: a copy of the entity graph whose
 * attributes are all scalars (lists joined with ";", provenance as
 * "file:line"), with each actor's community and scores from the analysis as
 * node attributes. A node's marking covers what it carries: a route's
 * includes its waypoints' places; the ids of phone records merged into a
 * phone, whose markings are not kept, are left out. GEXF, GraphML and the CSV lists are all written from it,
 * so the three carry the same columns.
 */
import { MultiDirectedGraph } from "graphology";
import type { Analysis } from "../../analytics/index.ts";
import {
  provenanceText,
  type EntityAttributes,
  type EntityGraph,
  type LinkAttributes,
} from "../../model/index.ts";
import { waypointsOf } from "../../access/visibility.ts";
import { indexAnalysis } from "../analysis-view.ts";
import { graphMarking } from "../records.ts";

export type Scalar = string | number | boolean;
export type FlatAttributes = Record<string, Scalar>;
export type FlatGraph = MultiDirectedGraph<FlatAttributes, FlatAttributes>;

export function flatGraph(graph: EntityGraph, analysis?: Analysis): FlatGraph {
  const index = analysis && indexAnalysis(analysis);
  const flat: FlatGraph = new MultiDirectedGraph();
  graph.forEachNode((node, attributes) => {
    const scores: Record<string, unknown> = {};
    const person = index?.actor(node);
    if (person) {
      scores.community = String(person.community);
      scores.degree = person.degree;
      scores.betweenness = person.betweenness;
      scores.pagerank = person.pagerank;
      scores.crime_types = person.crimeTypes;
      if (person.targetRank !== null) {
        scores.target_rank = person.targetRank;
        scores.target_score = person.score;
      }
    }
    const marking = graphMarking(graph, [node, ...waypointsOf(attributes)]);
    flat.addNode(
      node,
      flatten({
        ...attributes,
        merged_ids: undefined,
        classification: marking.classification,
        handling_code: marking.handling_codes.join(";"),
        ...scores,
      }),
    );
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    flat.addDirectedEdgeWithKey(edge, source, target, flatten(attributes));
  });
  return flat;
}

function flatten(attributes: EntityAttributes | LinkAttributes): FlatAttributes {
  const flat: FlatAttributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (key.startsWith("provenance_") || key === "extra") continue;
    if (value === undefined || value === null) continue;
    // Empty values are left out: not every reader tells "" from absent.
    if (value === "" || (Array.isArray(value) && value.length === 0)) continue;
    if (Array.isArray(value)) flat[key] = value.join(";");
    else if (typeof value === "object") flat[key] = JSON.stringify(value);
    else flat[key] = value as Scalar;
  }
  flat.provenance = provenanceText({
    file: attributes.provenance_file,
    line: attributes.provenance_line,
  });
  return flat;
}
