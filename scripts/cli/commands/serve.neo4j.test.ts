/**
 * `crosslink serve` with NEO4J_URI set takes its graph from Neo4j: the demo
 * world goes into the empty database, each clearance level's analysis is
 * stored beside the data, and the API answers from them. Runs
 * against the real server of the Neo4j global setup.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cypher, exclusiveDatabase, testServer } from "../../../engine/store/neo4j/test-server.ts";

const BIN = new URL("../../../bin/crosslink.js", import.meta.url).pathname;
const server = testServer();
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill("SIGTERM");
});

/** Starts `crosslink serve` and resolves with its address once it listens. */
function serve(dataDir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--data-dir", dataDir], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
}

describe.skipIf("skip" in server)("crosslink serve on Neo4j", () => {
  it("imports the demo world into an empty Neo4j and answers the API from it", async () => {
    if ("skip" in server) return;
    const release = await exclusiveDatabase(server);
    try {
      const dataDir = await mkdtemp(join(tmpdir(), "crosslink-serve-neo4j-"));
      const address = await serve(dataDir, {
        NEO4J_URI: server.uri,
        NEO4J_USER: server.user,
        NEO4J_PASSWORD: server.password,
      });
      const [persons] = await cypher(server, "MATCH (p:Person) RETURN count(p) AS n");
      expect(persons!.n).toBe(300);

      const token = (await readFile(join(dataDir, "demo-token.txt"), "utf8")).trim();
      const response = await fetch(`${address}/api/summary`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      const summary = (await response.json()) as { entities: Record<string, number> };
      // The demo user is cleared confidential: the secret persons stay out of its counts.
      expect(summary.entities.person).toBeGreaterThan(250);
      expect(summary.entities.person).toBeLessThanOrEqual(300);
      // Analysed by the server's level worker before it listened, and stored with the data.
      const index = JSON.parse(await readFile(join(dataDir, "levels", "index.json"), "utf8"));
      expect(index.levels.confidential).toBeDefined();
    } finally {
      await release();
    }
    // The import, and every level's analysis in the server's level worker.
  }, 300_000);
});
