/**
 * A dataset folder read into the entity graph in named stages: "read files"
 * (bytes; every row parsed and validated as it is read), "check records"
 * (ids and references), "build graph". Invalid data throws the DatasetError
 * listing every problem.
 */
import { loadDataset, toEntityGraph, type Dataset } from "../../engine/ingest/index.ts";
import type { EntityGraph } from "../../engine/model/index.ts";
import type { Progress } from "./progress.ts";

const STAGE_NAMES = { read: "read files", check: "check records" } as const;

export async function readDataset(
  dir: string,
  shown: Progress,
): Promise<{ dataset: Dataset; graph: EntityGraph }> {
  let current: keyof typeof STAGE_NAMES | undefined;
  const dataset = await loadDataset(dir, {
    onProgress: (done, total, stage) => {
      if (stage !== current) shown.stage(STAGE_NAMES[stage], total);
      current = stage;
      shown.update(done, total);
    },
  });
  shown.stage("build graph", dataset.entities.length + dataset.links.length);
  const graph = toEntityGraph(dataset, (done, total) => shown.update(done, total));
  return { dataset, graph };
}
