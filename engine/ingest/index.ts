export * from "./errors.ts";
export * from "./dataset.ts";
export * from "./load-dataset.ts";
export * from "./stream-dataset.ts";
export * from "./entity-graph.ts";
export * from "./source-digest.ts";
