/**
 * Merges one dataset's entity graph into the stored graph as merge-plan.ts
 * decides, so that the result equals a fresh import of everything.
 */
import type { EntityGraph } from "../../model/index.ts";
import type { RecordProblem } from "../../ingest/errors.ts";
import type { ImportSummary } from "../types.ts";
import { planMerge, type StoredRecords } from "../merge-plan.ts";
import { summaryOf } from "../merge-summary.ts";

export interface MergeResult {
  summary: Required<ImportSummary>;
  problems: RecordProblem[];
}

export function mergeDataset(stored: EntityGraph, incoming: EntityGraph): MergeResult {
  const plan = planMerge(storedRecordsOf(stored), incoming);
  if (plan.problems.length > 0) return { summary: summaryOf(plan, 0), problems: plan.problems };

  for (const edge of plan.withdrawnLinks) stored.dropEdge(edge);
  for (const node of plan.createEntities) stored.addNode(node, incoming.getNodeAttributes(node));
  for (const node of plan.updateEntities) {
    stored.replaceNodeAttributes(node, incoming.getNodeAttributes(node));
  }
  for (const edge of plan.moveLinks) stored.dropEdge(edge);
  // Created and moved links join in the incoming order, as a fresh import adds them.
  const added = new Set([...plan.createLinks, ...plan.moveLinks]);
  incoming.forEachEdge((edge, attributes, source, target) => {
    if (added.has(edge)) stored.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  for (const edge of plan.updateLinks) {
    stored.replaceEdgeAttributes(edge, incoming.getEdgeAttributes(edge));
  }
  const removed = plan.withdrawnEntities.filter((node) => stored.degree(node) === 0);
  for (const node of removed) stored.dropNode(node);
  return { summary: summaryOf(plan, removed.length), problems: [] };
}

function storedRecordsOf(graph: EntityGraph): StoredRecords {
  return {
    entity: (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined),
    link: (key) =>
      graph.hasEdge(key)
        ? {
            source: graph.source(key),
            target: graph.target(key),
            attributes: graph.getEdgeAttributes(key),
          }
        : undefined,
    datasetEntities: (name) =>
      graph.filterNodes((_node, attributes) => attributes.provenance_dataset === name),
    datasetLinks: (name) =>
      graph.filterEdges((_edge, attributes) => attributes.provenance_dataset === name),
  };
}
