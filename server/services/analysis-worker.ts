/**
 * Worker thread: rebuilds one clearance view from the slices
 * worker-analyzer.ts sends, runs the job the last slice names on it (the
 * engine's analysis, or one analytic by its descriptor), and posts back the
 * answer in pieces (sliced-message.ts): for the analysis, the Analysis with
 * the person network and its directed view.
 */
import { parentPort } from "node:worker_threads";
import { analyticById, analyzeWithNetwork, OptionError } from "../../engine/analytics/index.ts";
import { sendPieces } from "./sliced-message.ts";
import { postProgress } from "./worker-progress.ts";
import {
  createEntityGraph,
  type EntityAttributes,
  type EntityGraphAttributes,
  type LinkAttributes,
} from "../../engine/model/index.ts";

export type WorkerJob =
  { analysis: true } | { analytic: string; parameters: Record<string, unknown> };

/** An analytic's result, or the message of the OptionError its parameters raised (a class does not cross threads). */
export type AnalyticAnswer = { result: unknown } | { refused: string };

export interface GraphSlice {
  attributes?: EntityGraphAttributes;
  nodes?: Array<[string, EntityAttributes]>;
  edges?: Array<[string, string, string, LinkAttributes]>;
  /** The last slice: what to run on the graph. */
  end?: WorkerJob;
}

const graph = createEntityGraph();
parentPort?.on("message", (slice: GraphSlice) => {
  if (slice.attributes) graph.replaceAttributes(slice.attributes);
  for (const [key, attributes] of slice.nodes ?? []) graph.addNode(key, attributes);
  for (const [key, source, target, attributes] of slice.edges ?? []) {
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  const job = slice.end;
  if (!job) return;
  sendPieces(
    parentPort!,
    "analytic" in job
      ? runAnalytic(job)
      : analyzeWithNetwork(graph, { onProgress: postProgress() }),
  );
});

function runAnalytic(job: {
  analytic: string;
  parameters: Record<string, unknown>;
}): AnalyticAnswer {
  try {
    return { result: analyticById(job.analytic).run({ graph }, job.parameters) };
  } catch (error) {
    if (error instanceof OptionError) return { refused: error.message };
    throw error;
  }
}
