/**
 * A dataset folder streamed into columns of its own (../../ingest/stream-dataset.ts):
 * the staging an embedded-store import merges or takes whole, built row by
 * row without records held or a graphology graph. A bad dataset throws its
 * DatasetError before the columns are handed anywhere, so nothing of it is
 * loaded.
 */
import {
  datasetName,
  entityContentOf,
  linkContentOf,
  streamDataset,
  type LoadOptions,
  type DatasetSummary,
  type LoadedRecord,
} from "../../ingest/index.ts";
import {
  ENTITY_FILES,
  LINK_FILES,
  type Classification,
  type RecordFileName,
} from "../../model/index.ts";
import { canonicalOrderOf, recordDigestInto, type CanonicalOrder } from "../record-digest.ts";
import { ColumnGraph } from "./columns/column-graph.ts";
import type { RecordFields } from "./columns/record-table.ts";

type Attributes = Record<string, unknown>;

/** What entity-graph.ts adds to a record's values (provenance is never digested). */
const ADDED = ["type", "label", "merged_ids", "extra"];

/** Each file's digest order, from every name its records can hold: no record's shape looked at. */
const orders = new Map<RecordFileName, CanonicalOrder>(
  Object.entries({ ...ENTITY_FILES, ...LINK_FILES }).map(([file, spec]) => [
    file as RecordFileName,
    canonicalOrderOf([...Object.keys(spec.fields), ...ADDED]),
  ]),
);

/**
 * Each record's attributes are made without their provenance, the text the
 * columns hold (columns/provenance-text.ts), so none is written only to be
 * found and cut out again; the provenance goes to the columns beside it.
 */
export async function readDatasetColumns(
  folder: string,
  options: LoadOptions = {},
): Promise<{ columns: ColumnGraph; dataset: DatasetSummary }> {
  const columns = new ColumnGraph();
  const name = datasetName(folder, options);
  // The columns read the fields as a record is added and keep none: one object serves every record.
  const fields: RecordFields = {
    type: "",
    classification: "unclassified",
    provenance_dataset: name,
    provenance_file: "",
    provenance_line: 0,
  };
  // Each digest is copied into the columns as the record is added.
  const digestBytes = new Uint8Array(16);
  const fieldsOf = (record: LoadedRecord, attributes: Attributes) => {
    fields.type = attributes.type as string;
    fields.classification = attributes.classification as Classification;
    fields.provenance_file = record.fileName;
    fields.provenance_line = record.line;
    return fields;
  };
  const dataset = await streamDataset(
    folder,
    {
      entity: (record) => {
        const { id, attributes } = entityContentOf(record, undefined);
        const digest = recordDigestInto(attributes, orders.get(record.file)!, digestBytes);
        columns.addEntityWithoutProvenance(
          id,
          fieldsOf(record, attributes),
          JSON.stringify(attributes),
          afterProvenance(attributes),
          digest,
        );
      },
      link: (record) => {
        const { source, target, attributes } = linkContentOf(record, undefined);
        const digest = recordDigestInto(attributes, orders.get(record.file)!, digestBytes);
        columns.addLinkWithoutProvenance(
          record.key!,
          source,
          target,
          fieldsOf(record, attributes),
          JSON.stringify(attributes),
          afterProvenance(attributes),
          digest,
        );
      },
    },
    options,
  );
  columns.attributes = { datasetHash: dataset.hash, dataset: dataset.name };
  return { columns, dataset };
}

/** The bytes of what follows the provenance in a record's text: the extra columns, then merged ids. */
function afterProvenance(attributes: Attributes): number {
  let tail = 0;
  if (attributes.extra !== undefined)
    tail += Buffer.byteLength(`,"extra":${JSON.stringify(attributes.extra)}`);
  if (attributes.merged_ids !== undefined)
    tail += Buffer.byteLength(`,"merged_ids":${JSON.stringify(attributes.merged_ids)}`);
  return tail;
}
