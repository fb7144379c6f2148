/**
 * Worker thread: runs the engine's analysis on one clearance view, sent as a
 * serialised graph, and posts the Analysis back. worker-analyzer.ts starts it.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createEntityGraph, type EntityGraph } from "../../engine/model/index.ts";
import { engineAnalyze } from "./engine-analysis.ts";

const graph = createEntityGraph();
graph.import(workerData.graph as ReturnType<EntityGraph["export"]>);
parentPort!.postMessage(await engineAnalyze(graph));
