// A worker thread's entry: tsx's loader is registered per thread, so a worker
// cannot start on a TypeScript file itself; this one registers it and then
// imports the TypeScript module named in workerData.entry.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
