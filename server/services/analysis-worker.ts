/**
 * Worker thread: rebuilds one clearance view from the slices
 * worker-analyzer.ts sends, runs the engine's analysis on it, and posts back
 * the Analysis with the person network and its directed view, in pieces
 * (sliced-message.ts).
 */
import { parentPort } from "node:worker_threads";
import { analyzeWithNetwork } from "../../engine/analytics/index.ts";
import { sendPieces } from "./sliced-message.ts";
import {
  createEntityGraph,
  type EntityAttributes,
  type EntityGraphAttributes,
  type LinkAttributes,
} from "../../engine/model/index.ts";

export interface GraphSlice {
  attributes?: EntityGraphAttributes;
  nodes?: Array<[string, EntityAttributes]>;
  edges?: Array<[string, string, string, LinkAttributes]>;
  end?: true;
}

const graph = createEntityGraph();
parentPort?.on("message", (slice: GraphSlice) => {
  if (slice.attributes) graph.replaceAttributes(slice.attributes);
  for (const [key, attributes] of slice.nodes ?? []) graph.addNode(key, attributes);
  for (const [key, source, target, attributes] of slice.edges ?? []) {
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  if (!slice.end) return;
  sendPieces(parentPort!, analyzeWithNetwork(graph));
});
