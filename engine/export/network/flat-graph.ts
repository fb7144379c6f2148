/**
 * The network as other tools read it, with attributes that are all scalars
 * (lists joined with ";", provenance as "file:line") and each actor's
 * community and scores from the analysis as node attributes: here the record
 * multigraph (every record), and the node attributes the person network
 * (person-graph.ts) shares with it. GEXF, GraphML and the CSV lists are all
 * written from these graphs, so the three carry the same columns.
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
import { indexAnalysis, type AnalysisIndex } from "../analysis-view.ts";
import { graphMarking } from "../records.ts";
import { reported, type ExportProgress } from "./export-progress.ts";

export type Scalar = string | number | boolean;
export type FlatAttributes = Record<string, Scalar>;
export type FlatGraph = MultiDirectedGraph<FlatAttributes, FlatAttributes>;

const STAGE = "record graph";

/**
 * The record multigraph: every entity a node, every link an edge whose key
 * is the record's key. Its `kind` is the link type (GEXF's edge kind, which
 * Gephi keeps apart; an association's own `kind` is `record_kind`); the
 * record's key is also the `record_id` attribute, and a transfer's own `id`
 * field, the same key, is left out, so no attribute is called `id` (readers
 * such as igraph take it for the edge id); the record's `source` (the
 * reference it came from) is `record_source`, so the CSV edge list's
 * `source` and `target` columns are the edge's ends, as Gephi reads them.
 * `progress`: the stage "record graph", in entities and then records.
 */
export function flatGraph(
  graph: EntityGraph,
  analysis?: Analysis,
  progress?: ExportProgress,
): FlatGraph {
  const index = analysis && indexAnalysis(analysis);
  const flat: FlatGraph = new MultiDirectedGraph();
  const total = graph.order + graph.size;
  for (const { node } of reported(graph.nodeEntries(), total, STAGE, progress)) {
    flat.addNode(node, nodeAttributes(graph, node, index));
  }
  const edges = reported(graph.edgeEntries(), total, STAGE, progress, graph.order);
  for (const { edge, attributes, source, target } of edges) {
    const own = attributes.kind;
    flat.addDirectedEdgeWithKey(edge, source, target, {
      ...flatten({
        ...attributes,
        id: undefined,
        kind: undefined,
        source: undefined,
        record_source: attributes.source,
      }),
      ...(typeof own === "string" && { record_kind: own }),
      kind: attributes.type,
      record_id: edge,
    });
  }
  return flat;
}

/**
 * An entity as a node of either export: its fields, its marking (a route's
 * covers its waypoints' places; the ids of phone records merged into a
 * phone, whose markings are not kept, are left out) and, for an actor, its
 * community (an integer) and scores from the analysis, the target score and
 * rank for every person who may be a target.
 */
export function nodeAttributes(
  graph: EntityGraph,
  node: string,
  index: AnalysisIndex | undefined,
): FlatAttributes {
  const attributes = graph.getNodeAttributes(node);
  const scores: Record<string, unknown> = {};
  const actor = index?.actor(node);
  if (actor) {
    scores.community = actor.community;
    scores.degree = actor.degree;
    scores.betweenness = actor.betweenness;
    scores.pagerank = actor.pagerank;
    scores.crime_types = actor.crimeTypes;
    if (actor.targetRank !== null) {
      scores.target_rank = actor.targetRank;
      scores.target_score = actor.score;
    }
  }
  const marking = graphMarking(graph, [node, ...waypointsOf(attributes)]);
  return flatten({
    ...attributes,
    id: undefined,
    merged_ids: undefined,
    classification: marking.classification,
    handling_code: marking.handling_codes.join(";"),
    ...scores,
  });
}

function flatten(attributes: Partial<EntityAttributes | LinkAttributes>): FlatAttributes {
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
    file: attributes.provenance_file!,
    line: attributes.provenance_line,
  });
  return flat;
}
