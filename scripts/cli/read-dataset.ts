/**
 * A dataset folder read for a store in named stages, invalid data throwing
 * the DatasetError that lists every problem:
 * - for the embedded store, streamed into columns (no record held): "read
 *   files" (entity rows validated, ids registered; bytes), "check records"
 *   (entities read again, their references checked, put into columns),
 *   "build graph" (links read, checked and put into columns);
 * - for Neo4j, as a graphology entity graph: "read files", "check records",
 *   "read links", then "build graph".
 */
import {
  loadDataset,
  toEntityGraph,
  type Dataset,
  type DatasetSummary,
  type LoadStage,
} from "../../engine/ingest/index.ts";
import type { EntityGraph } from "../../engine/model/index.ts";
import { readDatasetColumns, type ColumnGraph } from "../../engine/store/index.ts";
import type { Progress } from "./progress.ts";

type StageNames = Record<LoadStage, string>;

/** The dataset's stages shown as they begin. */
function showStages(shown: Progress, names: StageNames) {
  let current: LoadStage | undefined;
  return (done: number, total: number, stage: LoadStage) => {
    if (stage !== current) shown.stage(names[stage], total, true);
    current = stage;
    shown.update(done, total);
  };
}

export function readColumns(
  dir: string,
  shown: Progress,
): Promise<{ dataset: DatasetSummary; columns: ColumnGraph }> {
  const onProgress = showStages(shown, {
    read: "read files",
    check: "check records",
    links: "build graph",
  });
  return readDatasetColumns(dir, { onProgress });
}

export async function readDataset(
  dir: string,
  shown: Progress,
): Promise<{ dataset: Dataset; graph: EntityGraph }> {
  const onProgress = showStages(shown, {
    read: "read files",
    check: "check records",
    links: "read links",
  });
  const dataset = await loadDataset(dir, { onProgress });
  shown.stage("build graph", dataset.entities.length + dataset.links.length);
  const graph = toEntityGraph(dataset, (done, total) => shown.update(done, total));
  return { dataset, graph };
}
