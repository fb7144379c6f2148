/**
 * The stored analyses of the server on Neo4j (services/stored-world.ts,
 * level-files.ts), read from files written for a store: only the most
 * recently asked levels are held (`levelsHeld`), a level dropped and asked
 * again is read again alike, and a level's directed network shares the
 * person network it was computed on, as the analysis that wrote it did,
 * instead of holding a second copy. The store here is the embedded one, on
 * the demo world: the world only asks it for its fingerprint.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { MemoryStore } from "../../engine/store/index.ts";
import { storeFingerprint, writeLevelAnalyses } from "../levels.ts";
import { StoredWorld } from "../services/stored-world.ts";

describe("the stored analyses of the server on Neo4j", () => {
  let store: MemoryStore;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "crosslink-stored-world-"));
    store = await MemoryStore.open(dataDir);
    await store.importGraph(toEntityGraph(await loadDataset("fixtures/demo")));
    const fingerprint = storeFingerprint(await store.counts(), await store.matchDecisions());
    await writeLevelAnalyses(await store.loadGraph(), dataDir, fingerprint);
  }, 120_000);

  it("holds only the levels asked last, and reads a dropped one again alike", async () => {
    const world = await StoredWorld.open(store, { dataDir, levelsHeld: 1 });
    await world.prepare();
    expect(world.heldLevels()).toEqual(["secret"]);
    const secret = await world.view("secret");
    const restricted = await world.view("restricted");
    expect(world.heldLevels()).toEqual(["restricted"]);
    expect(restricted.analysis.summary.persons).toBeLessThan(secret.analysis.summary.persons);
    const again = await world.view("secret");
    expect(again).not.toBe(secret);
    expect(again.analysis).toEqual(secret.analysis);
    expect(again.targets).toEqual(secret.targets);

    const two = await StoredWorld.open(store, { dataDir, levelsHeld: 2 });
    await two.view("restricted");
    await two.view("secret");
    await two.view("restricted");
    expect(two.heldLevels()).toEqual(["secret", "restricted"]);
    expect(await two.view("secret")).toBe(await two.view("secret"));
  });

  it("reads one person network per level: the directed network's is the same object", async () => {
    const world = await StoredWorld.open(store, { dataDir });
    const view = await world.view("secret");
    expect(view.directed.network).toBe(view.network);
    expect(view.network.records.length).toBeGreaterThan(0);
  });
});
