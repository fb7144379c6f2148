/**
 * With the server on Neo4j, search, cross-check, entity detail, ego network
 * and paths are answered by Cypher (the store's query layer), and their
 * answers equal those of the server on the embedded store, for a user of
 * every clearance, on the demo world, through fastify inject.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserFile } from "../../engine/access/index.ts";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { CLASSIFICATIONS, type Classification } from "../../engine/model/index.ts";
import { MemoryStore, Neo4jStore, type Neo4jConnection } from "../../engine/store/index.ts";
import { cypher, exclusiveDatabase, testServer } from "../../engine/store/neo4j/test-server.ts";
import { buildApp } from "../app.ts";
import { bearer } from "./helper.ts";

const server = testServer();
const demo = async () => toEntityGraph(await loadDataset("fixtures/demo"));
const temp = (name: string) => mkdtemp(join(tmpdir(), `crosslink-${name}-`));

describe.skipIf("skip" in server)("the server on Neo4j answers as on the embedded store", () => {
  const connection = server as Neo4jConnection;
  let release: () => Promise<void>;
  let neo4j: Neo4jStore;
  let apps: { memory: FastifyInstance; neo4j: FastifyInstance };
  const tokens = {} as Record<Classification, string>;
  let ids: string[];

  beforeAll(async () => {
    release = await exclusiveDatabase(connection);
    neo4j = await Neo4jStore.connect(connection);
    await neo4j.importGraph(await demo());
    const memory = await MemoryStore.open(await temp("memory"));
    await memory.importGraph(await demo());
    const usersFile = join(await temp("users"), "users.json");
    const users = await UserFile.open(usersFile);
    for (const clearance of CLASSIFICATIONS)
      tokens[clearance] = await users.add(`user-${clearance}`, "admin", clearance);
    const options = { usersFile, rateLimit: false as const };
    apps = {
      memory: await buildApp({ ...options, store: memory, dataDir: await temp("memory-app") }),
      neo4j: await buildApp({ ...options, store: neo4j, dataDir: await temp("neo4j-app") }),
    };
    ids = (await memory.loadGraph()).nodes().filter((_id, index) => index % 29 === 0);
  }, 600_000);

  afterAll(async () => {
    await apps?.memory.close();
    await apps?.neo4j.close();
    await neo4j?.close();
    await release?.();
  });

  /** The same request to both apps as one user: the same status and the same body. */
  async function both(clearance: Classification, url: string, payload?: object) {
    const request = {
      method: payload ? ("POST" as const) : ("GET" as const),
      url,
      payload,
      headers: bearer(tokens[clearance]),
    };
    const [memory, cypherAnswer] = await Promise.all([
      apps.memory.inject(request),
      apps.neo4j.inject(request),
    ]);
    expect(cypherAnswer.statusCode, `${clearance} ${url}: ${cypherAnswer.body}`).toBe(
      memory.statusCode,
    );
    expect(cypherAnswer.json(), `${clearance} ${url}`).toEqual(memory.json());
    return memory.json();
  }

  it("search, cross-check, entity detail, ego network and paths, at every clearance", async () => {
    let answered = 0;
    for (const clearance of CLASSIFICATIONS) {
      const found = new Set<string>();
      for (const q of ["ahmed", "ali hassan", "+90", "0532", "farida", ids[1]!, "zz"]) {
        const { hits } = await both(clearance, `/api/search?q=${encodeURIComponent(q)}&limit=30`);
        for (const hit of hits) found.add(hit.id);
      }
      await both(clearance, "/api/search?q=a&types=person&types=organisation&limit=50");
      const selectors = [...found].slice(0, 40).map((value) => ({ value }));
      await both(clearance, "/api/cross-check", {
        selectors: [
          ...selectors,
          { value: "ahmed", kind: "name" },
          { value: "+90 532", kind: "phone" },
        ],
      });
      for (const [index, id] of [...ids, ...[...found].slice(0, 10), "NO-SUCH"].entries()) {
        const detail = await both(clearance, `/api/entities/${encodeURIComponent(id)}`);
        await both(clearance, `/api/entities/${encodeURIComponent(id)}/network?depth=2&limit=80`);
        await both(
          clearance,
          `/api/entities/${encodeURIComponent(id)}/network?depth=3&crimeType=migrant_smuggling&from=2024-01&types=person&types=phone&types=case`,
        );
        const to = ids[(index * 7 + 3) % ids.length]!;
        await both(clearance, `/api/paths?from=${encodeURIComponent(id)}&to=${to}&limit=3`);
        if (detail.ties) answered++;
      }
    }
    expect(answered).toBeGreaterThan(20);
  }, 600_000);

  it("reads Neo4j for every query, not the copy the analysis was computed from", async () => {
    const person = ids[1]!;
    await cypher(connection, "MATCH (n:Entity {id: $id}) SET n.label = 'Quirinus Renamed'", {
      id: person,
    });
    const detail = await apps.neo4j.inject({
      url: `/api/entities/${person}`,
      headers: bearer(tokens.secret),
    });
    expect(detail.json().label).toBe("Quirinus Renamed");
    const memory = await apps.memory.inject({
      url: `/api/entities/${person}`,
      headers: bearer(tokens.secret),
    });
    expect(memory.json().label).not.toBe("Quirinus Renamed");
  });
});
