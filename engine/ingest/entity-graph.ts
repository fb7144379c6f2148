/**
 * Turns a validated Dataset into the entity graph (engine/model/graph.ts).
 *
 * The records' value objects become the attribute objects as they are (the
 * id and link ends move to keys, provenance is added): at 1M links a copy per
 * record would double the import's peak memory. The dataset is consumed.
 */
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
    const attributes = record.values;
    const id = attributes.id as string;
    delete attributes.id;
    attributes.type = ENTITY_FILES[record.file].type;
    attributes.label = labelOf(record, id);
    addProvenance(attributes, record);
    if (record.mergedIds) attributes.merged_ids = record.mergedIds;
    graph.addNode(id, attributes as EntityAttributes);
  }
  for (const record of dataset.links) {
    const { ends, type } = LINK_FILES[record.file];
    const attributes = record.values;
    const source = attributes[ends.source] as string;
    const target = attributes[ends.target] as string;
    delete attributes[ends.source];
    delete attributes[ends.target];
    attributes.type = type;
    addProvenance(attributes, record);
    const key =
      record.file === "transfers" ? (attributes.id as string) : `${record.file}:${record.ordinal}`;
    graph.addDirectedEdgeWithKey(key, source, target, attributes as LinkAttributes);
  }
  return graph;
}

function addProvenance(attributes: Record<string, unknown>, record: LoadedRecord): void {
  attributes.provenance_file = record.fileName;
  attributes.provenance_line = record.line;
  if (record.extra) attributes.extra = record.extra;
}

function labelOf(record: EntityRecordOf, id: string): string {
  const values = record.values;
  switch (record.file) {
    case "phones":
      return values.number as string;
    case "vehicles":
      return values.plate as string;
    case "cases":
      return (values.title as string | undefined) ?? id;
    case "online_accounts":
      return `${values.platform as string}: ${values.handle as string}`;
    default:
      return values.name as string;
  }
}
