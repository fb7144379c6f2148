export * from "./neo4j-store.ts";
export { Neo4jStoreError } from "./errors.ts";
export { ANALYSIS_PROPERTIES, type WriteBackSummary } from "./write-analysis.ts";
