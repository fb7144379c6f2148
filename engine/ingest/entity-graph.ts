/**
 * Turns a validated Dataset into the entity graph (engine/model/graph.ts).
 *
 * Each record's attributes are a fresh object built in one fixed order (its
 * values without the id or link ends, then type, label, provenance): deleting
 * keys from the value objects instead would turn a million of them into
 * dictionary-mode objects, several times larger than objects that share a
 * hidden class. Each record is pointed at its attributes as it is added, so
 * its original values can be collected along the way: at 1M links, holding
 * both would double the import's peak memory. The dataset is consumed: its
 * record lists are left empty.
 */
import {
  ENTITY_FILES,
  LINK_FILES,
  createEntityGraph,
  type EntityAttributes,
  type EntityGraph,
  type LinkAttributes,
} from "../model/index.ts";
import type { Dataset, EntityRecordOf, LinkRecordOf, LoadedRecord } from "./dataset.ts";
import type { RecordValues } from "./validate-record.ts";

/** Records added between two progress reports. */
const REPORT_EVERY = 8192;

/** `onProgress` hears of the records added (every 8,192 and at the end): at 1M links this takes seconds. */
export function toEntityGraph(
  dataset: Dataset,
  onProgress?: (done: number, total: number) => void,
): EntityGraph {
  const graph = createEntityGraph();
  const total = dataset.entities.length + dataset.links.length;
  let done = 0;
  const added = () => {
    if (++done % REPORT_EVERY === 0) onProgress?.(done, total);
  };
  graph.setAttribute("datasetHash", dataset.hash);
  graph.setAttribute("dataset", dataset.name);
  for (const record of dataset.entities) {
    const { id, attributes } = entityOf(record, dataset.name);
    record.values = attributes;
    graph.addNode(id, attributes);
    added();
  }
  for (const record of dataset.links) {
    const { source, target, attributes } = linkOf(record, dataset.name);
    record.values = attributes;
    graph.addDirectedEdgeWithKey(record.key!, source, target, attributes);
    added();
  }
  onProgress?.(total, total);
  // The records themselves (a million at 1M links) are not needed either: let
  // them go before the graph is persisted.
  dataset.entities.length = 0;
  dataset.links.length = 0;
  return graph;
}

/** An entity record as the stores hold it: its id and attributes. */
export function entityOf(
  record: EntityRecordOf,
  dataset: string,
): { id: string; attributes: EntityAttributes } {
  const { id, attributes } = entityContentOf(record, dataset);
  return { id, attributes: attributes as EntityAttributes };
}

/** A link record as the stores hold it: its ends and attributes (its key is the record's). */
export function linkOf(
  record: LinkRecordOf,
  dataset: string,
): { source: string; target: string; attributes: LinkAttributes } {
  const { source, target, attributes } = linkContentOf(record, dataset);
  return { source, target, attributes: attributes as LinkAttributes };
}

/**
 * An entity's attributes as entityOf gives them, or, without a dataset, the
 * same without the three provenance fields (the embedded store's import holds
 * the text without them: memory/columns/provenance-text.ts).
 */
export function entityContentOf(
  record: EntityRecordOf,
  dataset: string | undefined,
): { id: string; attributes: RecordValues } {
  const id = record.values.id as string;
  const attributes = valuesWithout(record.values, "id");
  attributes.type = ENTITY_FILES[record.file].type;
  attributes.label = labelOf(record, id);
  addProvenance(attributes, record, dataset);
  if (record.mergedIds) attributes.merged_ids = record.mergedIds;
  return { id, attributes };
}

/** A link's attributes as linkOf gives them, or without provenance, as entityContentOf. */
export function linkContentOf(
  record: LinkRecordOf,
  dataset: string | undefined,
): { source: string; target: string; attributes: RecordValues } {
  const { ends, type } = LINK_FILES[record.file];
  const attributes = valuesWithout(record.values, ends.source, ends.target);
  attributes.type = type;
  addProvenance(attributes, record, dataset);
  return {
    source: record.values[ends.source] as string,
    target: record.values[ends.target] as string,
    attributes,
  };
}

function valuesWithout(values: RecordValues, omit: string, alsoOmit?: string): RecordValues {
  const kept: RecordValues = {};
  for (const name in values) if (name !== omit && name !== alsoOmit) kept[name] = values[name];
  return kept;
}

/** The provenance (unless no dataset is given) and the extra columns, which follow it. */
function addProvenance(
  attributes: RecordValues,
  record: LoadedRecord,
  dataset: string | undefined,
): void {
  if (dataset !== undefined) {
    attributes.provenance_dataset = dataset;
    attributes.provenance_file = record.fileName;
    attributes.provenance_line = record.line;
  }
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
