/**
 * A pivot worker that dies in the middle of its first slice, its `finally`
 * unrun (process.exit ends a worker thread at once): the test of
 * pivot-parts.ts checks that the slice is marked failed and redone.
 */
import { workerData } from "node:worker_threads";
import { runSlices, type SharedPivots } from "../pivot-parts.ts";

const { shared, thread } = workerData as { shared: SharedPivots; thread: number };
runSlices(shared, thread, () => process.exit(1));
