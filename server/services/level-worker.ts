/**
 * Worker thread of the server on Neo4j: opens its own connection, reads the
 * store's graph, analyses every clearance level and writes the stored
 * analyses (level-files.ts), posting the analysis's progress as it goes and
 * `{ written: LevelIndex }` at the end. The server's own thread never holds
 * the graph.
 */
import { parentPort, workerData } from "node:worker_threads";
import { Neo4jStore, type Neo4jConnection } from "../../engine/store/index.ts";
import { postProgress } from "./worker-progress.ts";
import { storeFingerprint, writeLevelAnalyses } from "./level-files.ts";

const { connection, dataDir } = workerData as { connection: Neo4jConnection; dataDir: string };
const store = await Neo4jStore.connect(connection);
try {
  const fingerprint = storeFingerprint(await store.counts(), await store.matchDecisions());
  const graph = await store.loadGraph();
  const written = await writeLevelAnalyses(graph, dataDir, fingerprint, (level) =>
    postProgress(`${level} `),
  );
  parentPort!.postMessage({ written });
} finally {
  await store.close();
}
