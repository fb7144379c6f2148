/** Turns a validated Dataset into the entity graph (engine/model/graph.ts). */
import {
  ENTITY_FILES,
  LINK_FILES,
  createEntityGraph,
  type EntityAttributes,
  type EntityGraph,
  type LinkAttributes,
} from "../model/index.ts";
import type { Dataset, EntityRecordOf, LoadedRecord } from "./dataset.ts";

export function toEntityGraph(dataset: Dataset): EntityGraph {
  const graph = createEntityGraph();
  graph.setAttribute("datasetHash", dataset.hash);
  for (const record of dataset.entities) {
    const { id, ...fields } = record.values;
    const attributes = {
      type: ENTITY_FILES[record.file].type,
      label: labelOf(record),
      ...withProvenance(fields, record),
    } as EntityAttributes;
    if (record.mergedIds) attributes.merged_ids = record.mergedIds;
    graph.addNode(id as string, attributes);
  }
  for (const record of dataset.links) {
    const spec = LINK_FILES[record.file];
    const { [spec.ends.source]: source, [spec.ends.target]: target, ...fields } = record.values;
    const key =
      record.file === "transfers" ? (fields.id as string) : `${record.file}:${record.ordinal}`;
    const attributes = { type: spec.type, ...withProvenance(fields, record) } as LinkAttributes;
    graph.addDirectedEdgeWithKey(key, source as string, target as string, attributes);
  }
  return graph;
}

function withProvenance(
  fields: Record<string, unknown>,
  record: LoadedRecord,
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields))
    if (value !== undefined) attributes[name] = value;
  attributes.provenance_file = record.fileName;
  attributes.provenance_line = record.line;
  if (record.extra) attributes.extra = record.extra;
  return attributes;
}

function labelOf(record: EntityRecordOf): string {
  const values = record.values;
  switch (record.file) {
    case "phones":
      return values.number as string;
    case "vehicles":
      return values.plate as string;
    case "cases":
      return (values.title as string | undefined) ?? (values.id as string);
    case "online_accounts":
      return `${values.platform as string}: ${values.handle as string}`;
    default:
      return values.name as string;
  }
}
