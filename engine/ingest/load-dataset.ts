/**
 * Reads a dataset folder (docs/DATASET-FORMAT.md) into a validated Dataset
 * held whole, or throws a DatasetError listing every problem: all or
 * nothing. For tests, the Neo4j import and small datasets; the embedded store
 * imports from the stream itself (stream-dataset.ts) without holding records.
 */
import type { Dataset, EntityRecordOf, LinkRecordOf } from "./dataset.ts";
import { streamDataset, type LoadOptions } from "./stream-dataset.ts";

export async function loadDataset(folder: string, options: LoadOptions = {}): Promise<Dataset> {
  const entities: EntityRecordOf[] = [];
  const links: LinkRecordOf[] = [];
  const summary = await streamDataset(
    folder,
    { entity: (record) => entities.push(record), link: (record) => links.push(record) },
    options,
  );
  return { ...summary, entities, links };
}
