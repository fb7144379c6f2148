/**
 * Progress of a network export in named stages (building its graph, reading
 * its attribute types, writing the file), counted in items (nodes and
 * edges), so a display keeps moving while the synchronous loops run.
 */
import { EVERY } from "../../analytics/progress.ts";

/** `done` of `total` items of the export's stage `stage`: 0 as it starts, total when it ends. */
export type ExportProgress = (stage: string, done: number, total: number) => void;

/**
 * The items of `items`, counted from `start` (the items of the stage before
 * them) and reported as `done` of `total` in `stage`: as they begin, every
 * `every + 1` items (a power of two; 4096 unless the items are slow), and
 * after the last.
 */
export function* reported<T>(
  items: Iterable<T>,
  total: number,
  stage: string,
  progress: ExportProgress | undefined,
  start = 0,
  every = EVERY,
): Generator<T> {
  let done = start;
  progress?.(stage, done, total);
  for (const item of items) {
    yield item;
    if ((++done & every) === 0) progress?.(stage, done, total);
  }
  progress?.(stage, done, total);
}
