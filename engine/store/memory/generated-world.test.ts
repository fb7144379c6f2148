import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateWorld } from "../../../fixtures/generator/index.ts";
import { ENTITY_FILES, LINK_FILES } from "../../model/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { MemoryStore } from "../index.ts";

/** Rows per record file as the generator wrote them, keyed by the entity or link type they become. */
function expectedCounts(files: Record<string, number>) {
  const entities: Record<string, number> = {};
  const links: Record<string, number> = {};
  for (const [name, spec] of Object.entries(ENTITY_FILES)) {
    if (files[`${name}.csv`]) entities[spec.type] = files[`${name}.csv`]!;
  }
  for (const [name, spec] of Object.entries(LINK_FILES)) {
    if (files[`${name}.csv`]) links[spec.type] = files[`${name}.csv`]!;
  }
  return { entities, links };
}

describe("a generated world through import, persist and reload", () => {
  for (const seed of [3, 4]) {
    it(`keeps exact counts per type (seed ${seed})`, async () => {
      const root = await mkdtemp(join(tmpdir(), "crosslink-world-"));
      const world = await generateWorld({ persons: 400, seed, out: join(root, "world") });
      const dataDir = join(root, "data");
      const store = await MemoryStore.open(dataDir);
      await store.importGraph(toEntityGraph(await loadDataset(world.out)));
      const expected = expectedCounts(world.files);
      expect(await store.counts()).toEqual(expected);

      const reopened = await MemoryStore.open(dataDir);
      expect(await reopened.counts()).toEqual(expected);
      expect((await reopened.loadGraph()).export()).toEqual((await store.loadGraph()).export());
    });
  }
});
