/**
 * The server's third entry point (beside app.ts and server.ts): the stored
 * analyses the server on Neo4j reads, for `crosslink analyze --levels` and
 * the server-memory benchmark to write (services/level-files.ts).
 */
export {
  levelPath,
  levelsDir,
  storeFingerprint,
  writeLevelAnalyses,
} from "./services/level-files.ts";
