/**
 * The supervisor thread of pivot-parts.ts: starts the pivot workers and, when
 * one ends (killed, out of memory, or simply done), marks failed any slice it
 * had claimed and not finished, so that the calling thread, which hears no
 * event while it waits, runs that slice again. Ends when its workers have.
 */
import { workerData } from "node:worker_threads";
import { failSlicesOf, startThread, type SupervisorData } from "./pivot-parts.ts";

const { shared, workers, workerEntry } = workerData as SupervisorData;
for (let thread = 1; thread <= workers; thread++) {
  startThread(workerEntry, { shared, thread }).on("exit", () => failSlicesOf(shared, thread));
}
