/**
 * The engine's analysis in a worker thread, so the event loop keeps serving
 * while a clearance level's analysis runs (seconds to minutes on large
 * graphs). The view goes over as graphology's serialised form, a structured
 * clone; one worker per analysis, ended when it answers. The networks come
 * back as structured clones too: their typed arrays and fields, which is all
 * the server reads of them (no method of theirs is called after analysis).
 */
import { Worker } from "node:worker_threads";
import type { NetworkAnalysis } from "../../engine/analytics/index.ts";
import type { Analyzer } from "./world.ts";

const BOOT = new URL("../../bin/ts-worker.js", import.meta.url);
const ENTRY = new URL("./analysis-worker.ts", import.meta.url).href;

export const workerAnalyze: Analyzer = (graph) =>
  new Promise<NetworkAnalysis>((resolve, reject) => {
    const worker = new Worker(BOOT, { workerData: { entry: ENTRY, graph: graph.export() } });
    worker.once("message", (analysed: NetworkAnalysis) => {
      resolve(analysed);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      reject(new Error(`the analysis worker stopped (exit code ${code}) before answering`));
    });
  });
