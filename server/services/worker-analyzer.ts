/**
 * The engine's analysis, or one of its analytics, in a worker thread, so the
 * event loop keeps serving while it runs (seconds to minutes on large
 * graphs). The view goes over in slices of records, one event-loop turn
 * each, since one structured clone of a whole graph would itself stall the
 * loop for seconds; the answer comes back in pieces the same way
 * (sliced-message.ts). One worker per analysis, ended when it answers. The
 * networks come back as structured clones: their typed arrays and fields,
 * which is all the server reads of them (no method of theirs is called after
 * analysis).
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import {
  OptionError,
  type AnalysisProgress,
  type NetworkAnalysis,
} from "../../engine/analytics/index.ts";
import type { EntityGraph } from "../../engine/model/index.ts";
import type { AnalyticAnswer, GraphSlice, WorkerJob } from "./analysis-worker.ts";
import type { ProgressMessage } from "./worker-progress.ts";
import { receivePieces } from "./sliced-message.ts";
import type { Analyzer } from "./world.ts";

const BOOT = new URL("../../bin/ts-worker.js", import.meta.url);
const ENTRY = new URL("./analysis-worker.ts", import.meta.url).href;
const SLICE = 5_000;

export const workerAnalyze: Analyzer = (graph, onProgress) =>
  inWorker<NetworkAnalysis>(graph, { analysis: true }, onProgress);

/** An analytic of the descriptors (analysis/descriptors.ts); parameters it refuses are an OptionError here too. */
export async function workerRunAnalytic(
  graph: EntityGraph,
  analytic: string,
  parameters: Record<string, unknown>,
): Promise<unknown> {
  const answer = await inWorker<AnalyticAnswer>(graph, { analytic, parameters });
  if ("refused" in answer) throw new OptionError(answer.refused);
  return answer.result;
}

async function inWorker<Answer extends object>(
  graph: EntityGraph,
  job: WorkerJob,
  onProgress?: AnalysisProgress,
) {
  const worker = new Worker(BOOT, { workerData: { entry: ENTRY } });
  worker.on("message", (message: Partial<ProgressMessage>) => {
    if (message.progress) onProgress?.(...message.progress);
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    receivePieces<Answer>(worker).then((analysed) => {
      resolve(analysed);
      void worker.terminate();
    }, reject);
    worker.once("error", reject);
    worker.once("exit", (code) => {
      reject(new Error(`the analysis worker stopped (exit code ${code}) before answering`));
    });
  });
  for (const slice of slices(graph, job)) {
    worker.postMessage(slice);
    await nextTurn();
  }
  return answer;
}

function* slices(graph: EntityGraph, job: WorkerJob): Generator<GraphSlice> {
  yield { attributes: graph.getAttributes() };
  const nodes = graph.nodes();
  for (let start = 0; start < nodes.length; start += SLICE) {
    yield {
      nodes: nodes.slice(start, start + SLICE).map((key) => [key, graph.getNodeAttributes(key)]),
    };
  }
  const edges = graph.edges();
  for (let start = 0; start < edges.length; start += SLICE) {
    yield {
      edges: edges
        .slice(start, start + SLICE)
        .map((key) => [key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key)]),
    };
  }
  yield { end: job };
}
