/**
 * A dataset folder streamed into columns of its own (../../ingest/stream-dataset.ts):
 * the staging an embedded-store import merges or takes whole, built row by
 * row without records held or a graphology graph. A bad dataset throws its
 * DatasetError before the columns are handed anywhere, so nothing of it is
 * loaded.
 */
import {
  datasetName,
  entityOf,
  linkOf,
  streamDataset,
  type LoadOptions,
  type DatasetSummary,
} from "../../ingest/index.ts";
import { ENTITY_FILES, LINK_FILES, type RecordFileName } from "../../model/index.ts";
import { canonicalOrderOf, recordDigestBytes, type CanonicalOrder } from "../record-digest.ts";
import { ColumnGraph } from "./columns/column-graph.ts";

/** What entity-graph.ts adds to a record's values (provenance is never digested). */
const ADDED = ["type", "label", "merged_ids", "extra"];

/** Each file's digest order, from every name its records can hold: no record's shape looked at. */
const orders = new Map<RecordFileName, CanonicalOrder>(
  Object.entries({ ...ENTITY_FILES, ...LINK_FILES }).map(([file, spec]) => [
    file as RecordFileName,
    canonicalOrderOf([...Object.keys(spec.fields), ...ADDED]),
  ]),
);

export async function readDatasetColumns(
  folder: string,
  options: LoadOptions = {},
): Promise<{ columns: ColumnGraph; dataset: DatasetSummary }> {
  const columns = new ColumnGraph();
  const name = datasetName(folder, options);
  const dataset = await streamDataset(
    folder,
    {
      entity: (record) => {
        const { id, attributes } = entityOf(record, name);
        const digest = recordDigestBytes(attributes, orders.get(record.file)!);
        columns.addEntity(id, attributes, JSON.stringify(attributes), digest);
      },
      link: (record) => {
        const { source, target, attributes } = linkOf(record, name);
        const digest = recordDigestBytes(attributes, orders.get(record.file)!);
        columns.addLink(
          record.key!,
          source,
          target,
          attributes,
          JSON.stringify(attributes),
          digest,
        );
      },
    },
    options,
  );
  columns.attributes = { datasetHash: dataset.hash, dataset: dataset.name };
  return { columns, dataset };
}
