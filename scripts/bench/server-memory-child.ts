/**
 * One server for the server-memory benchmark, in its own process so its RSS
 * is its own: `server-memory-child.ts levels|memory|neo4j DATA_DIR` (Neo4j
 * from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD).
 * - `levels`: stores each clearance level's analysis of the Neo4j store in
 *   DATA_DIR/levels, as `crosslink analyze --store neo4j --levels` does,
 *   and gives its time, its CPU time and the size of each level's file.
 * - `memory` or `neo4j`: builds the app on that store, makes every level
 *   ready, and measures memory after start and after a battery of requests
 *   through fastify inject (search, entity detail, ego network, paths,
 *   targets, communities, overview, money flows, disruption) as a
 *   secret-cleared user, timing each kind of request; then the time to
 *   open a level not held (a restricted user, then the secret one again);
 *   counts the whole-graph reads of the server's store.
 * Prints its figures as JSON on its last line.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { UserFile } from "../../engine/access/index.ts";
import { MemoryStore, Neo4jStore, type GraphStore } from "../../engine/store/index.ts";
import { buildApp } from "../../server/app.ts";
import { levelPath, storeFingerprint, writeLevelAnalyses } from "../../server/levels.ts";

const [mode, dataDir] = process.argv.slice(2) as ["levels" | "memory" | "neo4j", string];
const connection = {
  uri: process.env.NEO4J_URI!,
  user: process.env.NEO4J_USER ?? "neo4j",
  password: process.env.NEO4J_PASSWORD!,
};

/** RSS and heap in use after a full collection (node --expose-gc), in MB. */
function memory() {
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMB: Math.round(rss / 2 ** 20), heapMB: Math.round(heapUsed / 2 ** 20) };
}

if (mode === "levels") {
  const store = await Neo4jStore.connect(connection);
  const fingerprint = storeFingerprint(await store.counts(), await store.matchDecisions());
  const started = performance.now();
  const cpu = process.cpuUsage();
  const index = await writeLevelAnalyses(await store.loadGraph(), dataDir, fingerprint);
  const { user, system } = process.cpuUsage(cpu);
  await store.close();
  const levels = [...new Set(Object.values(index.levels))];
  const sizes = Object.fromEntries(
    await Promise.all(
      levels.map(async (level) => [level, (await stat(levelPath(dataDir, level))).size] as const),
    ),
  );
  console.log(
    JSON.stringify({
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (user + system) / 1e6,
      sizes,
    }),
  );
} else {
  const store: GraphStore & Parameters<typeof buildApp>[0]["store"] =
    mode === "neo4j" ? await Neo4jStore.connect(connection) : await MemoryStore.open(dataDir);
  let loads = 0;
  const load = store.loadGraph.bind(store);
  store.loadGraph = (options) => {
    loads++;
    return load(options);
  };
  const usersFile = join(dataDir, "bench-users.json");
  const token = await (await UserFile.open(usersFile)).add("bench", "admin", "secret");
  const started = performance.now();
  const app = await buildApp({ store, dataDir, usersFile, rateLimit: false });
  await app.world.prepare();
  const startSeconds = (performance.now() - started) / 1000;
  const afterStart = memory();
  /** Seconds spent per kind of request. */
  const requests: Record<string, number> = {};
  const get = async (kind: string, url: string, payload?: object) => {
    const asked = performance.now();
    const response = await app.inject({
      method: payload ? "POST" : "GET",
      url,
      payload,
      headers: { authorization: `Bearer ${token}` },
    });
    requests[kind] = (requests[kind] ?? 0) + (performance.now() - asked) / 1000;
    if (response.statusCode >= 500) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  const battery = performance.now();
  const { targets } = await get("targets", "/api/targets?limit=20");
  const { communities } = await get("communities", "/api/communities");
  for (const [index, target] of (targets as { id: string; label: string }[]).entries()) {
    await get("search", `/api/search?q=${encodeURIComponent(target.label)}`);
    await get("entity", `/api/entities/${encodeURIComponent(target.id)}`);
    await get(
      "ego network",
      `/api/entities/${encodeURIComponent(target.id)}/network?depth=2&limit=200`,
    );
    const to = targets[(index + 7) % targets.length].id;
    await get(
      "paths",
      `/api/paths?from=${encodeURIComponent(target.id)}&to=${encodeURIComponent(to)}`,
    );
  }
  for (const community of (communities as { id: number }[]).slice(0, 10)) {
    await get("community", `/api/communities/${community.id}`);
    await get("overview of a community", `/api/overview?community=${community.id}`);
  }
  await get("overview", "/api/overview");
  await get("money flows", "/api/money-flows?limit=500");
  await get("crime overlaps", "/api/crime-overlaps");
  await get("map", "/api/map");
  await get("disruption", "/api/disruption", { strategy: "target-score", steps: 10 });
  const batterySeconds = (performance.now() - battery) / 1000;
  const afterBattery = memory();
  // A user of another level, then the first again: each level not held is opened from its file.
  const switched = performance.now();
  await app.world.view("restricted");
  await app.world.view("secret");
  const switchSeconds = (performance.now() - switched) / 2000;
  await app.close();
  await store.close();
  console.log(
    JSON.stringify({
      startSeconds,
      afterStart,
      batterySeconds,
      afterBattery,
      loads,
      switchSeconds,
      requests,
    }),
  );
}
