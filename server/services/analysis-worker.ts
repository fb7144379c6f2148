/**
 * Worker thread: runs the engine's analysis on one clearance view, sent as a
 * serialised graph, and posts back the Analysis with the person network and
 * its directed view. worker-analyzer.ts starts it.
 */
import { parentPort, workerData } from "node:worker_threads";
import { analyzeWithNetwork } from "../../engine/analytics/index.ts";
import { createEntityGraph, type EntityGraph } from "../../engine/model/index.ts";

const graph = createEntityGraph();
graph.import(workerData.graph as ReturnType<EntityGraph["export"]>);
parentPort!.postMessage(analyzeWithNetwork(graph));
