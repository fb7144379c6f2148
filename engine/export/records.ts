/**
 * Records as they travel into every export: their fields with the
 * classification, handling code, source and provenance (file and line) that
 * must follow them wherever they go.
 */
import {
  CLASSIFICATION_LABELS,
  classificationRank,
  type Classification,
  type EntityAttributes,
  type EntityGraph,
  type LinkAttributes,
} from "../model/index.ts";

export interface Provenance {
  file: string;
  /** Not shown to a user from whom records are hidden. */
  line?: number;
}

export interface RecordView {
  id: string;
  type: string;
  classification: Classification;
  handling_code: string | null;
  source: string | null;
  provenance: Provenance;
  fields: Record<string, unknown>;
}

export interface EntityView extends RecordView {
  label: string;
}

export interface LinkView extends RecordView {
  source_id: string;
  target_id: string;
}

/** Attributes a record view carries apart from its `fields`: what it is and how it must be handled. */
export const RECORD_HEADER_FIELDS: ReadonlySet<string> = new Set([
  "type",
  "label",
  "classification",
  "handling_code",
  "source",
  "provenance_dataset",
  "provenance_file",
  "provenance_line",
]);

function split(attributes: EntityAttributes | LinkAttributes) {
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(attributes).sort()) {
    if (!RECORD_HEADER_FIELDS.has(key)) fields[key] = attributes[key];
  }
  return {
    type: attributes.type,
    classification: attributes.classification,
    handling_code: attributes.handling_code ?? null,
    source: attributes.source ?? null,
    provenance: { file: attributes.provenance_file, line: attributes.provenance_line },
    fields,
  };
}

export function entityView(graph: EntityGraph, id: string): EntityView {
  const attributes = graph.getNodeAttributes(id);
  return { id, label: attributes.label, ...split(attributes) };
}

export function linkView(graph: EntityGraph, key: string): LinkView {
  return {
    id: key,
    source_id: graph.source(key),
    target_id: graph.target(key),
    ...split(graph.getEdgeAttributes(key)),
  };
}

/** What a marking is computed from: a record's classification and handling code. */
export interface Marked {
  classification: Classification;
  handling_code?: string | null;
}

/** The highest classification among records; `unclassified` for none. */
export function highestClassification(records: Iterable<Marked>): Classification {
  let highest: Classification = "unclassified";
  for (const record of records) {
    if (classificationRank(record.classification) > classificationRank(highest)) {
      highest = record.classification;
    }
  }
  return highest;
}

/** Distinct handling codes of the records, sorted, for the banner every page carries. */
export function handlingCodes(records: Iterable<Marked>): string[] {
  const codes = new Set<string>();
  for (const record of records) if (record.handling_code) codes.add(record.handling_code);
  return [...codes].sort();
}

/**
 * The marking of an item made of several records (a tie, a call with its
 * numbers, a person with its phones): the highest classification and every
 * handling code among them, so that it never understates what it carries.
 */
export interface Marking {
  classification: Classification;
  handling_codes: string[];
}

export function markingOf(records: Iterable<Marked>): Marking {
  const list = [...records];
  return { classification: highestClassification(list), handling_codes: handlingCodes(list) };
}

/**
 * The marking of the graph's records named by `keys`, entity ids and link
 * keys alike (a key that names both counts both, so that it never understates).
 */
export function graphMarking(graph: EntityGraph, keys: Iterable<string>): Marking {
  const records: Marked[] = [];
  for (const key of keys) {
    if (graph.hasNode(key)) records.push(graph.getNodeAttributes(key));
    if (graph.hasEdge(key)) records.push(graph.getEdgeAttributes(key));
  }
  return markingOf(records);
}

/** "SECRET · H1 · ORCON": a marking as one line of text, for banners and the first line of a file. */
export const markingText = (marking: Marking): string =>
  [CLASSIFICATION_LABELS[marking.classification], ...marking.handling_codes].join(" · ");

/** Markings as records, to be combined again with markingOf. */
export const markingRecords = (marking: Marking): Marked[] =>
  marking.handling_codes.length === 0
    ? [{ classification: marking.classification }]
    : marking.handling_codes.map((code) => ({
        classification: marking.classification,
        handling_code: code,
      }));
