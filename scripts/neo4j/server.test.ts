import { existsSync } from "node:fs";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Neo4jServer } from "./server.ts";
import { neo4jMissing, startNeo4j } from "./server.ts";

const missing = neo4jMissing();
// On CI the tests run regardless, so a missing Java or build fails them loudly.
const skip = missing !== undefined && process.env.CI !== "true";
if (skip) console.warn(`\n!!! SKIPPING the Neo4j server tests: ${missing} !!!\n`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(skip)("startNeo4j", () => {
  let server: Neo4jServer;

  beforeAll(async () => {
    server = await startNeo4j();
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("serves Bolt on loopback and accepts the password it was given", async () => {
    expect(server.uri).toBe(`bolt://127.0.0.1:${server.port}`);
    const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
    try {
      const { records } = await driver.executeQuery("RETURN 1 AS one");
      expect(records[0]?.get("one").toNumber()).toBe(1);
    } finally {
      await driver.close();
    }
  });

  it("refuses a wrong password", async () => {
    const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, "not-the-password"));
    try {
      await expect(driver.executeQuery("RETURN 1")).rejects.toMatchObject({
        code: "Neo.ClientError.Security.Unauthorized",
      });
    } finally {
      await driver.close();
    }
  });

  it("fails with the server's own message when the port is taken", async () => {
    await expect(startNeo4j({ port: server.port })).rejects.toThrow(
      /exited \(exit code 1\) before it was ready;[\s\S]*port \d+ on 127.0.0.1 is already in use/,
    );
  });

  it("kills a server that is not ready in time and says so", async () => {
    const error: unknown = await startNeo4j({ readyTimeoutMs: 1 }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/was not ready after 1 ms/);
    const pid = Number(/pid (\d+)/.exec(String(error))?.[1]);
    expect(alive(pid)).toBe(false);
  });

  it("stops on SIGTERM, ends the process and removes its temporary store", async () => {
    await server.stop();
    expect(alive(server.pid)).toBe(false);
    expect(existsSync(server.storeDir)).toBe(false);
  });
});
