/**
 * A worker thread of pivot-parts.ts: claims slices of the pivots and adds
 * their dependencies into the shared columns until none is left.
 */
import { workerData } from "node:worker_threads";
import { runSlices, type SharedPivots } from "./pivot-parts.ts";

const { shared, thread } = workerData as { shared: SharedPivots; thread: number };
runSlices(shared, thread);
