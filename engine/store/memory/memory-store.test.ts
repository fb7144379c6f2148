import { mkdtemp, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DatasetError, loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { writeDataset } from "../../ingest/test/write-dataset.ts";
import { MemoryStore, StoreFileError, countGraph } from "../index.ts";
import { STORE_FILE } from "./persist.ts";
import {
  CONFLICT_MESSAGES,
  CONFLICTING,
  DATASET,
  EDITED,
  SECOND,
  WITH_TRANSFER,
  contents,
} from "../test/datasets.ts";

async function graphOf(files: Record<string, string>) {
  return toEntityGraph(await loadDataset(await writeDataset(files)));
}

describe("MemoryStore", () => {
  it("persists and reloads the entity graph exactly", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "crosslink-store-"));
    const graph = await graphOf(DATASET);
    const store = await MemoryStore.open(dataDir);
    expect(store.isEmpty()).toBe(true);
    const summary = await store.importGraph(graph);
    expect(summary).toEqual({
      entitiesCreated: 5,
      linksCreated: 5,
      entitiesMatched: 0,
      linksMatched: 0,
    });

    const reloaded = await (await MemoryStore.open(dataDir)).loadGraph();
    expect(reloaded.export()).toEqual(graph.export());
    expect(countGraph(reloaded)).toEqual({
      entities: { person: 3, phone: 2 },
      links: { uses_phone: 2, call: 2, associated_with: 1 },
    });
  });

  it("a re-import creates nothing", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "crosslink-store-"));
    const store = await MemoryStore.open(dataDir);
    await store.importGraph(await graphOf(DATASET));
    const again = await store.importGraph(await graphOf(DATASET));
    expect(again).toMatchObject({
      entitiesCreated: 0,
      linksCreated: 0,
      entitiesMatched: 5,
      linksMatched: 5,
    });
    expect((await store.loadGraph()).order).toBe(5);
  });

  it("an unchanged re-import writes nothing: the store file is not rewritten", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "crosslink-store-"));
    const store = await MemoryStore.open(dataDir);
    const folder = await writeDataset(DATASET);
    const again = async () => toEntityGraph(await loadDataset(folder));
    await store.importGraph(await again());
    const path = join(dataDir, STORE_FILE);
    const before = await stat(path);
    await store.importGraph(await again());
    const after = await stat(path);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    await store.importGraph(await graphOf(EDITED));
    expect((await stat(path)).ino).not.toBe(before.ino);
  });

  it("reads a version 1 store file (no digests) and finds its unchanged records unchanged", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "crosslink-store-"));
    const folder = await writeDataset(DATASET);
    const graph = toEntityGraph(await loadDataset(folder));
    await (await MemoryStore.open(dataDir)).importGraph(graph);
    const path = join(dataDir, STORE_FILE);
    const version1 = (await readFile(path, "utf8"))
      .replace('"version":2', '"version":1')
      .replace(/,"d":"[^"]*"/g, "");
    await writeFile(path, version1);
    const store = await MemoryStore.open(dataDir);
    expect((await store.loadGraph()).export()).toEqual(graph.export());
    expect(await store.importGraph(toEntityGraph(await loadDataset(folder)))).toMatchObject({
      entitiesMatched: 5,
      linksMatched: 5,
      entitiesUpdated: 0,
      linksUpdated: 0,
    });
    expect(await readFile(path, "utf8")).toBe(version1);
  });

  it("refuses a truncated store file and a file of another version, with a clear message", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "crosslink-store-"));
    await (await MemoryStore.open(dataDir)).importGraph(await graphOf(DATASET));
    const path = join(dataDir, STORE_FILE);
    const lines = (await readFile(path, "utf8")).trimEnd().split("\n");
    await writeFile(path, lines.slice(0, -2).join("\n") + "\n");
    await expect(MemoryStore.open(dataDir)).rejects.toThrow(
      /incomplete store \(5 of 5 entities, 3 of 5 links\)/,
    );
    await writeFile(path, lines[0]!.replace('"version":2', '"version":99') + "\n");
    await expect(MemoryStore.open(dataDir)).rejects.toThrow(StoreFileError);
  });

  it("leaves no temporary file behind and keeps the old store when a write fails", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "crosslink-store-"));
    const store = await MemoryStore.open(dataDir);
    await store.importGraph(await graphOf(DATASET));
    const before = await readFile(join(dataDir, STORE_FILE), "utf8");
    const broken = await graphOf({ "persons.csv": "id,name\nP9,Zed\n" });
    // A value JSON cannot write (a cycle) makes the save fail midway.
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    broken.setNodeAttribute("P9", "extra", cycle as never);
    await expect(store.importGraph(broken)).rejects.toThrow();
    expect(await readFile(join(dataDir, STORE_FILE), "utf8")).toBe(before);
    expect((await store.loadGraph()).hasNode("P9")).toBe(false);
    expect(await readdir(dataDir)).toEqual([STORE_FILE]);
  });

  it("names the line of a store cut in the middle of a line", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "crosslink-store-"));
    await (await MemoryStore.open(dataDir)).importGraph(await graphOf(DATASET));
    const path = join(dataDir, STORE_FILE);
    const text = await readFile(path, "utf8");
    await writeFile(path, text.slice(0, text.indexOf("\n", text.length / 2) - 5));
    await expect(MemoryStore.open(dataDir)).rejects.toThrow(
      /crosslink-store\.ndjson:\d+: damaged line \(the file was cut or changed\); re-import/,
    );
  });

  it("writes the store for its owner only and removes temporaries of dead writers when opened", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "crosslink-store-"));
    await (await MemoryStore.open(dataDir)).importGraph(await graphOf(DATASET));
    expect((await stat(join(dataDir, STORE_FILE))).mode & 0o777).toBe(0o600);
    // pid 2^22 + 1 is above Linux's largest pid, so no process holds it.
    const dead = `${STORE_FILE}.4194305.tmp`;
    const living = `${STORE_FILE}.${process.ppid}.tmp`;
    await writeFile(join(dataDir, dead), "half an import");
    await writeFile(join(dataDir, living), "an import under way");
    await MemoryStore.open(dataDir);
    expect((await readdir(dataDir)).sort()).toEqual([STORE_FILE, living].sort());
  });

  describe("record identity on re-import", () => {
    async function importInto(dataDir: string, files: Record<string, string>, name: string) {
      const store = await MemoryStore.open(dataDir);
      const dataset = await loadDataset(await writeDataset(files), { name });
      return { store, summary: await store.importGraph(toEntityGraph(dataset)) };
    }

    it("re-importing an edited dataset leaves the store equal to a fresh import of it", async () => {
      const dataDir = await mkdtemp(join(tmpdir(), "crosslink-store-"));
      await importInto(dataDir, DATASET, "cases-2024");
      const { store, summary } = await importInto(dataDir, EDITED, "cases-2024");
      expect(summary).toMatchObject({
        linksCreated: 2,
        linksRemoved: 3,
        entitiesUpdated: 3,
        entitiesRemoved: 1,
      });
      const fresh = await importInto(
        await mkdtemp(join(tmpdir(), "crosslink-store-")),
        EDITED,
        "cases-2024",
      );
      expect(contents(await store.loadGraph())).toEqual(contents(await fresh.store.loadGraph()));
      const reloaded = await MemoryStore.open(dataDir);
      expect(contents(await reloaded.loadGraph())).toEqual(contents(await fresh.store.loadGraph()));
    });

    it("a second dataset adds to the store without touching the first", async () => {
      const dataDir = await mkdtemp(join(tmpdir(), "crosslink-store-"));
      const first = await importInto(dataDir, DATASET, "first");
      const before = contents(await first.store.loadGraph());
      const { store, summary } = await importInto(dataDir, SECOND, "second");
      expect(summary).toMatchObject({ entitiesCreated: 1, entitiesMatched: 1, linksCreated: 1 });
      const graph = await store.loadGraph();
      expect(graph.getNodeAttribute("P1", "name")).toBe("Ana");
      for (const [node, attributes] of before.nodes as Array<[string, unknown]>)
        expect(graph.getNodeAttributes(node)).toEqual(attributes);
      expect(graph.size).toBe(before.edges.length + 1);
    });

    it("a conflict with another dataset is a file:line: field: message error and changes nothing", async () => {
      const dataDir = await mkdtemp(join(tmpdir(), "crosslink-store-"));
      const { store } = await importInto(dataDir, WITH_TRANSFER, "first");
      const before = contents(await store.loadGraph());
      const dataset = await loadDataset(await writeDataset(CONFLICTING), { name: "second" });
      const error = await store.importGraph(toEntityGraph(dataset)).catch((caught) => caught);
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as Error).message.split("\n").sort()).toEqual(CONFLICT_MESSAGES);
      expect(contents(await store.loadGraph())).toEqual(before);
      expect(contents(await (await MemoryStore.open(dataDir)).loadGraph())).toEqual(before);
    });
  });
});
