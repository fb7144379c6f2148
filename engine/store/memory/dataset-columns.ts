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
  type DatasetSummary,
  type LoadOptions,
} from "../../ingest/index.ts";
import { ColumnGraph } from "./columns/column-graph.ts";

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
        columns.addEntityAttributes(id, attributes);
      },
      link: (record) => {
        const { source, target, attributes } = linkOf(record, name);
        columns.addLinkAttributes(record.key!, source, target, attributes);
      },
    },
    options,
  );
  columns.attributes = { datasetHash: dataset.hash, dataset: dataset.name };
  return { columns, dataset };
}
