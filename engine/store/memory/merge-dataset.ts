/**
 * Merges one dataset's columns (the staging columns an import streamed it
 * into) into the stored columns as merge-plan.ts decides, so that the result
 * equals a fresh import of everything. Records are compared by their content
 * digests (../record-digest.ts), read from both sets of columns: nothing is
 * parsed. Unchanged records are copied byte for byte into the next columns,
 * changed and new ones from the dataset's, and when nothing changes there
 * are no next columns at all.
 */
import type { EntityAttributes, LinkAttributes } from "../../model/index.ts";
import type { RecordProblem } from "../../ingest/errors.ts";
import type { ImportSummary } from "../types.ts";
import {
  planMerge,
  type IncomingRecords,
  type MergePlan,
  type RecordComparison,
  type StoredRecords,
} from "../merge-plan.ts";
import { summaryOf } from "../merge-summary.ts";
import { DIGEST, sameProvenance } from "../record-digest.ts";
import { ColumnGraph } from "./columns/column-graph.ts";
import type { RecordTable } from "./columns/record-table.ts";

export interface MergeResult {
  summary: Required<ImportSummary>;
  problems: RecordProblem[];
  /** The columns after the merge; undefined when the dataset changes no record. */
  next?: ColumnGraph;
}

export function mergeDataset(stored: ColumnGraph, incoming: ColumnGraph): MergeResult {
  const plan = planMerge(recordsOf(stored), recordsOf(incoming), compareColumnDigests);
  if (plan.problems.length > 0) return { summary: summaryOf(plan, 0), problems: plan.problems };
  const removed = unlinked(stored, incoming, plan);
  const summary = summaryOf(plan, removed.size);
  if (!changes(plan)) return { summary, problems: [] };

  const next = new ColumnGraph({ ...stored.attributes }, stored.strings);
  const updatedEntities = new Set(plan.updateEntities);
  for (let index = 0; index < stored.order; index++) {
    const id = stored.entities.keys.at(index);
    if (removed.has(id)) continue;
    if (updatedEntities.has(id)) next.copyEntity(incoming, incoming.entityAt(id)!);
    else next.copyEntity(stored, index);
  }
  for (const id of plan.createEntities) next.copyEntity(incoming, incoming.entityAt(id)!);

  const dropped = new Set([...plan.withdrawnLinks, ...plan.moveLinks]);
  const updatedLinks = new Set(plan.updateLinks);
  for (let index = 0; index < stored.size; index++) {
    const key = stored.links.keys.at(index);
    if (dropped.has(key)) continue;
    if (updatedLinks.has(key)) next.copyLink(incoming, incoming.linkAt(key)!);
    else next.copyLink(stored, index);
  }
  // Created and moved links join in the incoming order, as a fresh import adds them.
  const added = new Set([...plan.createLinks, ...plan.moveLinks]);
  for (let index = 0; index < incoming.size; index++)
    if (added.has(incoming.links.keys.at(index))) next.copyLink(incoming, index);
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

/** Both sides' records carry their digests: compared as they are, never computed again. */
const digestOf = (record: object) => (record as { [DIGEST]?: string })[DIGEST];
const compareColumnDigests: RecordComparison = {
  sameRecord: (stored, incoming) => digestOf(stored) === digestOf(incoming),
  same: (stored, incoming) =>
    sameProvenance(stored, incoming) && digestOf(stored) === digestOf(incoming),
};

/** The withdrawn entities no link holds once the plan is carried out. */
function unlinked(stored: ColumnGraph, incoming: ColumnGraph, plan: MergePlan): Set<string> {
  const candidates = new Set(plan.withdrawnEntities);
  if (candidates.size === 0) return candidates;
  const dropped = new Set([...plan.withdrawnLinks, ...plan.moveLinks]);
  for (let link = 0; link < stored.size; link++) {
    if (dropped.has(stored.links.keys.at(link))) continue;
    candidates.delete(stored.sourceId(link));
    candidates.delete(stored.targetId(link));
  }
  for (const key of [...plan.createLinks, ...plan.moveLinks]) {
    const link = incoming.linkAt(key)!;
    candidates.delete(incoming.sourceId(link));
    candidates.delete(incoming.targetId(link));
  }
  return candidates;
}

/** A record as the plan compares it: type, provenance and digest, read from the columns. */
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

/** One set of columns as the plan reads it: the stored records, or the incoming dataset's. */
function recordsOf(graph: ColumnGraph): StoredRecords & IncomingRecords {
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
      [...graph.entities.ofDataset(name)].map((i) => graph.entities.keys.at(i)),
    datasetLinks: (name) => [...graph.links.ofDataset(name)].map((i) => graph.links.keys.at(i)),
    getAttribute: (name) => graph.getAttribute(name),
    hasNode: (id) => graph.hasNode(id),
    hasEdge: (key) => graph.hasEdge(key),
    forEachNode: (visit) => {
      for (let index = 0; index < graph.order; index++)
        visit(graph.entities.keys.at(index), recordOf(graph.entities, index));
    },
    forEachEdge: (visit) => {
      for (let link = 0; link < graph.size; link++)
        visit(
          graph.links.keys.at(link),
          recordOf(graph.links, link),
          graph.sourceId(link),
          graph.targetId(link),
        );
    },
  };
}
