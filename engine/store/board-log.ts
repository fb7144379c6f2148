/**
 * Where the boards live: with the data. In the data folder beside the
 * embedded store, or in Neo4j when the graph is there.
 */
import { boardsFileOf, FileBoardLog } from "../boards/file-log.ts";
import type { BoardLog } from "../boards/types.ts";
import type { GraphStore } from "./types.ts";
import type { Neo4jStore } from "./neo4j/neo4j-store.ts";

export function openBoardLog(store: GraphStore, dataDir: string): Promise<BoardLog> {
  return store.kind === "neo4j"
    ? (store as Neo4jStore).boardLog()
    : Promise.resolve(new FileBoardLog(boardsFileOf(dataDir)));
}
