/**
 * The stored analyses of the server on Neo4j (services/stored-world.ts,
 * level-files.ts), read from files written for a store: only the most
 * recently asked levels are held (`levelsHeld`), a level dropped and asked
 * again is read again alike; a level holds none of the per-actor tables,
 * and what it reads per request (an actor's record, card, ties and arcs;
 * the target list; the networks) equals the analysis that wrote it, whose
 * directed network shares the person network it was computed on instead of
 * a second copy; a file of an older format is not read. The store here is
 * the embedded one, on the demo world: the world only asks it for its
 * fingerprint.
 */
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { MemoryStore } from "../../engine/store/index.ts";
import { storeFingerprint, writeLevelAnalyses } from "../levels.ts";
import { levelView, type LevelAnalysis } from "../services/level-analysis.ts";
import { AnalysisNotReady, StoredWorld } from "../services/stored-world.ts";

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
    expect(await again.read("targets")).toEqual(await secret.read("targets"));

    const two = await StoredWorld.open(store, { dataDir, levelsHeld: 2 });
    await two.view("restricted");
    await two.view("secret");
    await two.view("restricted");
    expect(two.heldLevels()).toEqual(["secret", "restricted"]);
    expect(await two.view("secret")).toBe(await two.view("secret"));
  });

  it("reads one person network per level: the directed network's is the same object", async () => {
    const world = await StoredWorld.open(store, { dataDir });
    const { network, directed } = await (await world.view("secret")).read("network", "directed");
    expect(directed.network).toBe(network);
    expect(network.records.length).toBeGreaterThan(0);
  });

  it("holds no per-actor table and reads each actor's as the analysis has it", async () => {
    const view = await (await StoredWorld.open(store, { dataDir })).view("secret");
    for (const table of ["persons", "organisations", "attached"]) {
      expect(view.analysis).not.toHaveProperty(table);
    }
    expect(view).not.toHaveProperty("network");
    expect(view).not.toHaveProperty("targets");
    const whole = await view.read("analysis", "network", "directed", "cards", "targets");
    const held = levelView({
      ...whole,
      ...(await view.read("targetScores", "overview")),
    } as LevelAnalysis);
    const actors = [...whole.analysis.persons, ...whole.analysis.organisations];
    expect(view.actorIds()).toEqual(held.actorIds());
    expect(view.actorCount).toBe(actors.length);
    for (const id of [...whole.cards.keys(), "nobody"]) {
      expect(view.person.get(id)).toEqual(held.person.get(id));
      expect(view.cards.get(id)).toEqual(held.cards.get(id));
      expect(view.ties.get(id)).toEqual(held.ties.get(id));
      expect(view.arcs.out.get(id)).toEqual(held.arcs.out.get(id));
      expect(view.arcs.in.get(id)).toEqual(held.arcs.in.get(id));
    }
    expect(actors.some((actor) => (view.ties.get(actor.id) ?? []).length > 0)).toBe(true);
    expect(await view.networks()).toEqual(await held.networks());
  });

  it("does not use the files of an older format: they are computed again", async () => {
    const older = await mkdtemp(join(tmpdir(), "crosslink-stored-world-older-"));
    await cp(join(dataDir, "levels"), join(older, "levels"), { recursive: true });
    const indexFile = join(older, "levels", "index.json");
    const index = JSON.parse(await readFile(indexFile, "utf8")) as { version: number };
    await writeFile(indexFile, JSON.stringify({ ...index, version: 3 }));
    const world = await StoredWorld.open(store, { dataDir: older });
    await expect(world.view("secret")).rejects.toThrow(AnalysisNotReady);
    await expect(world.view("secret")).rejects.toThrow(/crosslink analyze --store neo4j --levels/);
  });
});
