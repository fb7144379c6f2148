export * from "./types.ts";
export * from "./memory/memory-store.ts";
export { StoreFileError } from "./memory/persist.ts";
export * from "./queries.ts";
export * from "./search-text.ts";
export * from "./neo4j/index.ts";
export * from "./neighbourhood.ts";
export { openBoardLog } from "./board-log.ts";
