export * from "./types.ts";
export * from "./memory/memory-store.ts";
export { StoreFileError } from "./memory/persist.ts";
