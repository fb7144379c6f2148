/**
 * The analytics read the embedded store's columns as they are
 * (MemoryStore.loadRecords) and reach, byte for byte, the Analysis they reach
 * on the graphology graph built from the same columns: same records in the
 * same order, same attributes, same match decisions.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { generateWorld } from "../../../fixtures/generator/index.ts";
import { analyze } from "../../analytics/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { MemoryStore } from "../index.ts";

it("gives the same Analysis from the columns as from the graphology graph", async () => {
  const root = await mkdtemp(join(tmpdir(), "crosslink-columns-"));
  const world = await generateWorld({ persons: 500, seed: 5, out: join(root, "world") });
  const dataDir = join(root, "data");
  await (await MemoryStore.open(dataDir)).importGraph(toEntityGraph(await loadDataset(world.out)));
  const store = await MemoryStore.open(dataDir);
  const persons = (await store.loadGraph())
    .filterNodes((_id, attributes) => attributes.type === "person")
    .slice(0, 2)
    .sort();
  expect(persons.length).toBeGreaterThanOrEqual(2);
  await store.decideMatch({
    a: persons[0]!,
    b: persons[1]!,
    decision: "accepted",
    by: "test",
    at: "2026-01-01T00:00:00Z",
  });

  const fromGraph = analyze(await store.loadGraph(), { seed: 2 });
  const fromColumns = analyze(await store.loadRecords(), { seed: 2 });
  expect(fromGraph.summary.persons).toBeGreaterThan(100);
  expect(fromGraph.resolution.accepted).toHaveLength(1);
  expect(JSON.stringify(fromColumns)).toBe(JSON.stringify(fromGraph));
});
