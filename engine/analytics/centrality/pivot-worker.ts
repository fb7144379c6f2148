/**
 * A worker thread of pivot-parts.ts: claims slices of the pivots and adds
 * their dependencies into the shared columns until none is left.
 */
import { workerData } from "node:worker_threads";
import { runSlices, type SharedPivots } from "./pivot-parts.ts";

runSlices((workerData as { shared: SharedPivots }).shared);
