/** The boards in Neo4j, beside the graph, on a real server (scripts/neo4j/global-setup.ts). */
import { afterAll, describe } from "vitest";
import { Neo4jStore, type Neo4jConnection } from "../store/neo4j/neo4j-store.ts";
import { exclusiveDatabase, testServer } from "../store/neo4j/test-server.ts";
import { boardSuite } from "./test/board-suite.ts";

const server = testServer();
let release: (() => Promise<void>) | undefined;
let store: Neo4jStore | undefined;

describe.skipIf("skip" in server)("on Neo4j", () => {
  afterAll(async () => {
    await store?.close();
    await release?.();
  });
  boardSuite("Neo4j", {
    async open() {
      const connection = server as Neo4jConnection;
      release = await exclusiveDatabase(connection);
      store = await Neo4jStore.connect(connection);
      return { store, log: await store.boardLog() };
    },
    reopen: () => store!.boardLog(),
  });
});
