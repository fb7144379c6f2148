/** A worker thread's analysis progress, posted to its parent. */
import { parentPort } from "node:worker_threads";
import type { AnalysisProgress } from "../../engine/analytics/index.ts";

/** The analysis's progress (engine/analytics/progress.ts), posted beside the answer's pieces. */
export interface ProgressMessage {
  progress: Parameters<AnalysisProgress>;
}

/** Progress is posted at most this often within a step (and always as a step starts and ends). */
const PROGRESS_INTERVAL_MS = 100;

/** The analysis's progress to the parent, thinned out so the messages cost nothing beside the work. */
export function postProgress(prefix = ""): AnalysisProgress {
  let lastStep = "";
  let lastPost = 0;
  return (step, done, total) => {
    const now = performance.now();
    if (step === lastStep && done < total && now - lastPost < PROGRESS_INTERVAL_MS) return;
    lastStep = step;
    lastPost = now;
    parentPort!.postMessage({ progress: [prefix + step, done, total] } satisfies ProgressMessage);
  };
}
