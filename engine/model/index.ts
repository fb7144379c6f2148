export * from "./vocabulary.ts";
export * from "./fields.ts";
export * from "./schema.ts";
export * from "./graph.ts";
export * from "./provenance.ts";
export * from "./labels.ts";
export * from "./match-decisions.ts";
