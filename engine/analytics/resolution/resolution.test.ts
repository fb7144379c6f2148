import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateWorld, type GroundTruth } from "../../../fixtures/generator/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { BLOCKING_IS_COMPLETE, duplicateCandidates, nameSkeleton } from "./candidates.ts";

describe("likely duplicate persons", () => {
  it("folds spellings to one skeleton", () => {
    expect(nameSkeleton("Mohamed Al-Masri")).toBe(nameSkeleton("Mohammad Almasri"));
    expect(nameSkeleton("Ibrahim")).toBe(nameSkeleton("Ebrahim"));
    expect(nameSkeleton("Haddad")).toBe(nameSkeleton("Hadad"));
    expect(nameSkeleton("Moustapha")).toBe(nameSkeleton("Mustafa"));
    expect(nameSkeleton("Haddad")).not.toBe(nameSkeleton("Mansour"));
  });

  it("blocks on agreements every candidate must have (name and birth year alone are too little)", () => {
    expect(BLOCKING_IS_COMPLETE).toBe(true);
  });

  it("finds the planted duplicates of an unlabelled world and not its namesakes", async () => {
    const root = await mkdtemp(join(tmpdir(), "crosslink-resolution-"));
    const out = join(root, "world");
    const summary = await generateWorld({ persons: 3000, seed: 1, out, unlabelled: true });
    const truth = JSON.parse(await readFile(summary.truthFile, "utf8")) as GroundTruth;
    const candidates = duplicateCandidates(toEntityGraph(await loadDataset(out)));
    await rm(root, { recursive: true, force: true });
    const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    const planted = new Set(truth.unlabelled!.duplicates.map((d) => key(d.original, d.duplicate)));
    const namesakes = new Set(truth.unlabelled!.namesakes.map((d) => key(d.person, d.namesake)));
    const found = new Set(candidates.map((c) => key(c.a, c.b)));
    const hits = [...planted].filter((pair) => found.has(pair)).length;
    // Measured on this world: precision and recall in engine/analytics/resolution/README.md.
    expect(hits / planted.size).toBeGreaterThanOrEqual(0.9);
    expect(hits / found.size).toBeGreaterThanOrEqual(0.9);
    expect([...namesakes].filter((pair) => found.has(pair))).toEqual([]);
    for (const candidate of candidates) expect(candidate.for.length).toBeGreaterThan(1);
    console.info(`resolution: ${hits}/${planted.size} planted found, ${found.size} flagged`);
  }, 60_000);
});
