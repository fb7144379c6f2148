/**
 * `crosslink analyze --store neo4j --levels` stores each clearance level's
 * analysis with the data, and the server on Neo4j then serves from them: no
 * 503, no level worker (none can start without a connection), and no read of
 * the graph on the server's thread. Runs against the real server of the
 * Neo4j global setup.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserFile } from "../../../engine/access/index.ts";
import { writeSmallWorld } from "../../../engine/export/test/small-world.ts";
import { Neo4jStore } from "../../../engine/store/index.ts";
import { exclusiveDatabase, testServer } from "../../../engine/store/neo4j/test-server.ts";
import { buildApp } from "../../../server/app.ts";
import { crosslinkCli, crosslinkOn } from "../test-cli.ts";

const server = testServer();

describe("crosslink analyze --levels", () => {
  it("is refused before any work without --store neo4j", () => {
    const refused = crosslinkCli().run("analyze", "--levels", "--data-dir", tmpdir());
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--levels stores the analyses the server on Neo4j reads/);
  });

  it.skipIf("skip" in server)(
    "stores every level's analysis, which the server on Neo4j serves without the graph",
    async () => {
      if ("skip" in server) return;
      const release = await exclusiveDatabase(server);
      try {
        const dataDir = await mkdtemp(join(tmpdir(), "crosslink-levels-"));
        const crosslink = crosslinkOn(server).succeed;
        crosslink("import", await writeSmallWorld(), "--store", "neo4j", "--data-dir", dataDir);
        const output = crosslink("analyze", "--store", "neo4j", "--levels", "--data-dir", dataDir);
        expect(output).toMatch(/stored the analyses of .*restricted/);
        const index = JSON.parse(await readFile(join(dataDir, "levels", "index.json"), "utf8"));
        expect(Object.keys(index.levels)).toHaveLength(4);

        const store = await Neo4jStore.connect(server);
        let loads = 0;
        const load = store.loadGraph.bind(store);
        store.loadGraph = (options) => {
          loads++;
          return load(options);
        };
        const users = await UserFile.open(join(dataDir, "users.json"));
        const token = await users.add("chief", "taskforce", "secret");
        const app = await buildApp({ store, dataDir, rateLimit: false });
        try {
          const response = await app.inject({
            url: "/api/targets",
            headers: { authorization: `Bearer ${token}` },
          });
          expect(response.statusCode, response.body).toBe(200);
          expect(response.json().targets.length).toBeGreaterThan(0);
          expect(loads).toBe(0);
        } finally {
          await app.close();
          await store.close();
        }
      } finally {
        await release();
      }
    },
    300_000,
  );
});
