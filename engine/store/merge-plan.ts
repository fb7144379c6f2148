/**
 * What importing one dataset into a store changes, decided before anything
 * is written, the same way for both stores: records are matched by identity
 * (an entity's id, a link's key from check-references.ts, never a row number)
 * and belong to the dataset named in their provenance. Re-importing a dataset
 * updates its changed records, adds its new ones and withdraws those it no
 * longer holds; a dataset of another name adds to the store without touching
 * the first. An entity another dataset still links to is kept when its own
 * dataset withdraws it, so withdrawn entities are only candidates: a store
 * removes those left without links. Conflicts (an id that is another type
 * elsewhere, a transfer id between other parties) are `file:line: field:
 * message` problems, and then the store changes nothing.
 */
import type { EntityAttributes, EntityRecords, LinkAttributes } from "../model/index.ts";
import type { RecordProblem } from "../ingest/errors.ts";

export interface StoredLink {
  source: string;
  target: string;
  attributes: LinkAttributes;
}

/** The stored records the plan needs: those the incoming graph names, and the dataset's own. */
export interface StoredRecords {
  entity(id: string): EntityAttributes | undefined;
  link(key: string): StoredLink | undefined;
  /** Every entity id and link key the store holds from the dataset `name`. */
  datasetEntities(name: string): Iterable<string>;
  datasetLinks(name: string): Iterable<string>;
}

export interface MergePlan {
  problems: RecordProblem[];
  /** Links of the dataset it no longer holds, removed first. */
  withdrawnLinks: string[];
  /** Entities of the dataset it no longer holds, removed once nothing links to them. */
  withdrawnEntities: string[];
  createEntities: string[];
  updateEntities: string[];
  entitiesMatched: number;
  createLinks: string[];
  updateLinks: string[];
  /** Links whose ends changed: removed and created again. */
  moveLinks: string[];
  linksMatched: number;
}

type Attributes = EntityAttributes | LinkAttributes;

/** What the plan reads of the incoming dataset: a graphology graph, or the embedded store's staging columns. */
export type IncomingRecords = Pick<
  EntityRecords,
  "getAttribute" | "hasNode" | "forEachNode" | "forEachEdge"
> & { hasEdge(key: string): boolean };

/** How a stored record is compared with the incoming one of the same id or key. */
export interface RecordComparison {
  /** Nothing to write: equal, where it was read included. */
  same(stored: Attributes, incoming: Attributes): boolean;
  /** The same record read from another dataset: equal but for where it was read. */
  sameRecord(stored: Attributes, incoming: Attributes): boolean;
}

export function planMerge(
  stored: StoredRecords,
  incoming: IncomingRecords,
  compare: RecordComparison = compareValues,
): MergePlan {
  const name = incoming.getAttribute("dataset") ?? "";
  const ours = (attributes: Attributes) => attributes.provenance_dataset === name;
  const plan: MergePlan = {
    problems: [],
    withdrawnLinks: [...stored.datasetLinks(name)].filter((key) => !incoming.hasEdge(key)),
    withdrawnEntities: [...stored.datasetEntities(name)].filter((id) => !incoming.hasNode(id)),
    createEntities: [],
    updateEntities: [],
    entitiesMatched: 0,
    createLinks: [],
    updateLinks: [],
    moveLinks: [],
    linksMatched: 0,
  };
  const conflict = (attributes: Attributes, field: string, message: string) =>
    plan.problems.push({
      file: attributes.provenance_file,
      // Records read from a dataset, never a clearance view: the line is always there.
      line: attributes.provenance_line!,
      field,
      message,
    });

  incoming.forEachNode((node, attributes) => {
    const old = stored.entity(node);
    if (!old) plan.createEntities.push(node);
    else if (old.type !== attributes.type) {
      conflict(attributes, "id", `${JSON.stringify(node)} is a ${old.type} in ${where(old)}`);
    } else if (!ours(old) || compare.same(old, attributes)) plan.entitiesMatched++;
    else plan.updateEntities.push(node);
  });

  incoming.forEachEdge((edge, attributes, source, target) => {
    const old = stored.link(edge);
    if (!old) {
      plan.createLinks.push(edge);
      return;
    }
    const sameEnds = old.source === source && old.target === target;
    if (!ours(old.attributes)) {
      // Keys are digests of the whole record, so only a transfer id can meet other content.
      if (sameEnds && compare.sameRecord(old.attributes, attributes)) plan.linksMatched++;
      else {
        const message = `transfer ${JSON.stringify(edge)} is another transfer in ${where(old.attributes)}`;
        conflict(attributes, "id", message);
      }
    } else if (!sameEnds) plan.moveLinks.push(edge);
    else if (compare.same(old.attributes, attributes)) plan.linksMatched++;
    else plan.updateLinks.push(edge);
  });
  return plan;
}

const where = (attributes: Attributes) =>
  `dataset ${JSON.stringify(attributes.provenance_dataset ?? "")} (${attributes.provenance_file}:${attributes.provenance_line})`;

/** Equal attribute sets, whatever order they were written in (Neo4j keeps no order). */
const same = (a: object, b: object): boolean => {
  const defined = (record: object) =>
    Object.entries(record).filter(([, value]) => value !== undefined);
  const left = defined(a);
  const right = new Map(defined(b));
  return (
    left.length === right.size &&
    left.every(([key, value]) => JSON.stringify(value) === JSON.stringify(right.get(key)))
  );
};

/** Value by value: the memory store holds every stored record whole. */
export const compareValues: RecordComparison = {
  same,
  sameRecord: (a, b) =>
    same(
      { ...a, provenance_dataset: "", provenance_file: "", provenance_line: 0 },
      { ...b, provenance_dataset: "", provenance_file: "", provenance_line: 0 },
    ),
};
