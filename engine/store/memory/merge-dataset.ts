/**
 * Merges one dataset's entity graph into the stored columns as merge-plan.ts
 * decides, so that the result equals a fresh import of everything. Records
 * are compared by their content digests (../neo4j/digest.ts), never parsed;
 * unchanged records are copied byte for byte into the next columns, and
 * when nothing changes there are no next columns at all.
 */
import type { EntityAttributes, EntityGraph, LinkAttributes } from "../../model/index.ts";
import type { RecordProblem } from "../../ingest/errors.ts";
import type { ImportSummary } from "../types.ts";
import { planMerge, type MergePlan, type StoredRecords } from "../merge-plan.ts";
import { summaryOf } from "../merge-summary.ts";
import { compareDigests, DIGEST, recordDigest } from "../neo4j/digest.ts";
import { ColumnGraph } from "./columns/column-graph.ts";
import type { RecordTable } from "./columns/record-table.ts";

export interface MergeResult {
  summary: Required<ImportSummary>;
  problems: RecordProblem[];
  /** The columns after the merge; undefined when the dataset changes no record. */
  next?: ColumnGraph;
}

export function mergeDataset(stored: ColumnGraph, incoming: EntityGraph): MergeResult {
  const plan = planMerge(storedRecordsOf(stored), incoming, compareDigests);
  if (plan.problems.length > 0) return { summary: summaryOf(plan, 0), problems: plan.problems };
  const removed = unlinked(stored, incoming, plan);
  const summary = summaryOf(plan, removed.size);
  if (!changes(plan)) return { summary, problems: [] };

  const next = new ColumnGraph({ ...stored.attributes }, stored.strings);
  const updatedEntities = new Set(plan.updateEntities);
  stored.entities.ids.forEach((id, index) => {
    if (removed.has(id)) return;
    if (updatedEntities.has(id)) addEntity(next, id, incoming.getNodeAttributes(id));
    else next.copyEntity(stored, index);
  });
  for (const id of plan.createEntities) addEntity(next, id, incoming.getNodeAttributes(id));

  const dropped = new Set([...plan.withdrawnLinks, ...plan.moveLinks]);
  const updatedLinks = new Set(plan.updateLinks);
  stored.links.ids.forEach((key, index) => {
    if (dropped.has(key)) return;
    if (updatedLinks.has(key)) {
      addLink(
        next,
        key,
        stored.sourceId(index),
        stored.targetId(index),
        incoming.getEdgeAttributes(key),
      );
    } else next.copyLink(stored, index);
  });
  // Created and moved links join in the incoming order, as a fresh import adds them.
  const added = new Set([...plan.createLinks, ...plan.moveLinks]);
  incoming.forEachEdge((key, attributes, source, target) => {
    if (added.has(key)) addLink(next, key, source, target, attributes);
  });
  return { summary, problems: [], next };
}

const changes = (plan: MergePlan) =>
  plan.withdrawnLinks.length +
    plan.withdrawnEntities.length +
    plan.createEntities.length +
    plan.updateEntities.length +
    plan.createLinks.length +
    plan.updateLinks.length +
    plan.moveLinks.length >
  0;

const addEntity = (graph: ColumnGraph, id: string, attributes: EntityAttributes) =>
  graph.addEntity(id, attributes, JSON.stringify(attributes), recordDigest(attributes));

const addLink = (
  graph: ColumnGraph,
  key: string,
  source: string,
  target: string,
  attributes: LinkAttributes,
) =>
  graph.addLink(
    key,
    source,
    target,
    attributes,
    JSON.stringify(attributes),
    recordDigest(attributes),
  );

/** The withdrawn entities no link holds once the plan is carried out. */
function unlinked(stored: ColumnGraph, incoming: EntityGraph, plan: MergePlan): Set<string> {
  const candidates = new Set(plan.withdrawnEntities);
  if (candidates.size === 0) return candidates;
  const dropped = new Set([...plan.withdrawnLinks, ...plan.moveLinks]);
  for (let link = 0; link < stored.size; link++) {
    if (dropped.has(stored.links.ids[link]!)) continue;
    candidates.delete(stored.sourceId(link));
    candidates.delete(stored.targetId(link));
  }
  for (const key of [...plan.createLinks, ...plan.moveLinks]) {
    candidates.delete(incoming.source(key));
    candidates.delete(incoming.target(key));
  }
  return candidates;
}

/** A stored record as the plan compares it: type, provenance and digest, read from the columns. */
function recordOf<A extends EntityAttributes | LinkAttributes>(
  table: RecordTable<A>,
  index: number,
) {
  return {
    type: table.type(index),
    classification: table.classification(index),
    ...table.provenance(index),
    [DIGEST]: table.digest(index),
  } as unknown as A;
}

function storedRecordsOf(graph: ColumnGraph): StoredRecords {
  return {
    entity: (id) => {
      const index = graph.entityAt(id);
      return index === undefined ? undefined : recordOf(graph.entities, index);
    },
    link: (key) => {
      const index = graph.linkAt(key);
      return index === undefined
        ? undefined
        : {
            source: graph.sourceId(index),
            target: graph.targetId(index),
            attributes: recordOf(graph.links, index),
          };
    },
    datasetEntities: (name) =>
      [...graph.entities.ofDataset(name)].map((i) => graph.entities.ids[i]!),
    datasetLinks: (name) => [...graph.links.ofDataset(name)].map((i) => graph.links.ids[i]!),
  };
}
