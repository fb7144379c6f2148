/**
 * With the server on Neo4j, search, cross-check, entity detail, ego network
 * and paths are answered by Cypher (the store's query layer) and everything
 * the analysis gives from the stored analyses of each clearance level, and
 * the answers equal those of the server on the embedded store, for a user of
 * every clearance, on the demo world, through fastify inject. The server's
 * own thread never reads the graph for them: only its level worker does.
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
  /** Whole-graph reads of the server's store, on the server's own thread. */
  let loads = 0;

  beforeAll(async () => {
    release = await exclusiveDatabase(connection);
    neo4j = await Neo4jStore.connect(connection);
    await neo4j.importGraph(await demo());
    const load = neo4j.loadGraph.bind(neo4j);
    neo4j.loadGraph = (options) => {
      loads++;
      return load(options);
    };
    const memory = await MemoryStore.open(await temp("memory"));
    await memory.importGraph(await demo());
    const usersFile = join(await temp("users"), "users.json");
    const users = await UserFile.open(usersFile);
    for (const clearance of CLASSIFICATIONS)
      tokens[clearance] = await users.add(`user-${clearance}`, "admin", clearance);
    const options = { usersFile, rateLimit: false as const };
    apps = {
      memory: await buildApp({ ...options, store: memory, dataDir: await temp("memory-app") }),
      neo4j: await buildApp({
        ...options,
        store: neo4j,
        dataDir: await temp("neo4j-app"),
        neo4j: connection,
      }),
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
    expect(comparable(cypherAnswer.json()), `${clearance} ${url}`).toEqual(
      comparable(memory.json()),
    );
    return memory.json();
  }

  /**
   * The hash of a view that hides records is taken over the records in the
   * order, and with the field order, each store reads them back in
   * (engine/access/clearance-view.ts), so the two stores' differ; the rest is equal.
   */
  function comparable(body: { parameters?: { datasetHash?: unknown } }) {
    if (body.parameters) body.parameters.datasetHash = "(per store)";
    return body;
  }

  it("starts without reading the graph, and says what to run while no analysis is stored", async () => {
    expect(loads).toBe(0);
    const response = await apps.neo4j.inject({
      url: "/api/targets",
      headers: bearer(tokens.secret),
    });
    expect(response.statusCode).toBe(503);
    expect(response.json().message).toMatch(/crosslink analyze --store neo4j --levels/);
    expect(response.body).not.toMatch(/at .*\.ts:/);
    // The level worker reads the graph in its own thread and stores each level's analysis.
    await apps.neo4j.world.prepare();
    expect(loads).toBe(0);
  }, 600_000);

  it("the analysis routes answer from the stored analyses as the embedded server does", async () => {
    for (const clearance of CLASSIFICATIONS) {
      await both(clearance, "/api/summary");
      const { communities } = await both(clearance, "/api/communities");
      for (const community of communities.slice(0, 5))
        await both(clearance, `/api/communities/${community.id}`);
      const { targets } = await both(clearance, "/api/targets?limit=1000");
      await both(clearance, "/api/crime-overlaps");
      await both(clearance, "/api/money-flows?limit=200");
      await both(clearance, `/api/money-flows?entity=${targets[0].id}`);
      await both(clearance, "/api/money-flows?entity=NO-SUCH");
      await both(clearance, "/api/overview");
      await both(clearance, "/api/overview?maxNodes=10");
      await both(clearance, `/api/overview?community=${communities[0].id}`);
      await both(clearance, "/api/map");
      await both(clearance, "/api/resolution/candidates");
      await both(clearance, "/api/referrals");
      await both(clearance, "/api/disruption", { strategy: "target-score", steps: 5 });
      await both(clearance, "/api/disruption", { strategy: "pagerank", steps: 5, directed: true });
      await both(clearance, "/api/disruption", { strategy: "ids", ids: [targets[0].id] });
      const csv = {
        method: "POST" as const,
        url: "/api/targets/csv",
        payload: { ids: targets.slice(0, 10).map((target: { id: string }) => target.id) },
        headers: bearer(tokens[clearance]),
      };
      const [memory, cypherAnswer] = [await apps.memory.inject(csv), await apps.neo4j.inject(csv)];
      expect(cypherAnswer.body).toBe(memory.body);
    }
    expect(loads).toBe(0);
  }, 600_000);

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
    expect(loads).toBe(0);
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
