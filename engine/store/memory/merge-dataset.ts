/**
 * Merges one dataset's entity graph into the stored graph so that the result
 * equals a fresh import of everything: records are matched by identity (an
 * entity's id, a link's key from check-references.ts, never a row number)
 * and belong to the dataset named in their provenance. Re-importing a dataset
 * updates its changed records, adds its new ones and removes those it no
 * longer holds; a dataset of another name adds to the store without touching
 * the first. An entity another dataset still links to is kept when its own
 * dataset withdraws it. Conflicts (an id that is another type elsewhere, a
 * transfer id between other parties) are `file:line: field: message` problems,
 * and then nothing is changed.
 */
import type { EntityGraph, LinkAttributes, EntityAttributes } from "../../model/index.ts";
import type { RecordProblem } from "../../ingest/errors.ts";
import type { ImportSummary } from "../types.ts";

export interface MergeResult {
  summary: ImportSummary;
  problems: RecordProblem[];
}

type Attributes = EntityAttributes | LinkAttributes;

export function mergeDataset(stored: EntityGraph, incoming: EntityGraph): MergeResult {
  const name = incoming.getAttribute("dataset");
  const ours = (attributes: Attributes) => attributes.provenance_dataset === name;
  const summary: Required<ImportSummary> = {
    entitiesCreated: 0,
    linksCreated: 0,
    entitiesMatched: 0,
    linksMatched: 0,
    entitiesUpdated: 0,
    linksUpdated: 0,
    entitiesRemoved: 0,
    linksRemoved: 0,
  };
  const problems: RecordProblem[] = [];
  const conflict = (attributes: Attributes, field: string, message: string) =>
    problems.push({
      file: attributes.provenance_file,
      line: attributes.provenance_line,
      field,
      message,
    });
  const where = (attributes: Attributes) =>
    `dataset ${JSON.stringify(attributes.provenance_dataset ?? "")} (${attributes.provenance_file}:${attributes.provenance_line})`;

  const withdrawnLinks = stored.filterEdges(
    (edge, attributes) => ours(attributes) && !incoming.hasEdge(edge),
  );
  for (const edge of withdrawnLinks) stored.dropEdge(edge);
  summary.linksRemoved = withdrawnLinks.length;

  incoming.forEachNode((node, attributes) => {
    if (!stored.hasNode(node)) {
      stored.addNode(node, attributes);
      summary.entitiesCreated++;
      return;
    }
    const old = stored.getNodeAttributes(node);
    if (old.type !== attributes.type) {
      conflict(attributes, "id", `${JSON.stringify(node)} is a ${old.type} in ${where(old)}`);
    } else if (!ours(old) || same(old, attributes)) {
      summary.entitiesMatched++;
    } else {
      stored.replaceNodeAttributes(node, attributes);
      summary.entitiesUpdated++;
    }
  });

  incoming.forEachEdge((edge, attributes, source, target) => {
    if (!stored.hasEdge(edge)) {
      stored.addDirectedEdgeWithKey(edge, source, target, attributes);
      summary.linksCreated++;
      return;
    }
    const old = stored.getEdgeAttributes(edge);
    const sameEnds = stored.source(edge) === source && stored.target(edge) === target;
    if (!ours(old)) {
      // Keys are digests of the whole record, so only a transfer id can meet other content.
      if (sameEnds && sameRecord(old, attributes)) summary.linksMatched++;
      else
        conflict(
          attributes,
          "id",
          `transfer ${JSON.stringify(edge)} is another transfer in ${where(old)}`,
        );
    } else if (!sameEnds) {
      stored.dropEdge(edge);
      stored.addDirectedEdgeWithKey(edge, source, target, attributes);
      summary.linksUpdated++;
    } else if (same(old, attributes)) {
      summary.linksMatched++;
    } else {
      stored.replaceEdgeAttributes(edge, attributes);
      summary.linksUpdated++;
    }
  });

  const withdrawnEntities = stored.filterNodes(
    (node, attributes) => ours(attributes) && !incoming.hasNode(node) && stored.degree(node) === 0,
  );
  for (const node of withdrawnEntities) stored.dropNode(node);
  summary.entitiesRemoved = withdrawnEntities.length;
  return { summary, problems };
}

/** Attributes are built in one fixed order (entity-graph.ts), so equal records print alike. */
const same = (a: Attributes, b: Attributes): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The same record read from another dataset: equal but for where it was read. */
const sameRecord = (a: Attributes, b: Attributes): boolean =>
  same(
    { ...a, provenance_dataset: "", provenance_file: "", provenance_line: 0 },
    { ...b, provenance_dataset: "", provenance_file: "", provenance_line: 0 },
  );
