/**
 * Progress from inside the analysis's steps (engine/analytics/progress.ts):
 * on a generated world of 2,000 persons every step reports as it starts, at
 * least once while it runs and when it ends, in order, never going back,
 * and reaching 100%; reporting changes nothing in the Analysis.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateWorld } from "../../../fixtures/generator/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import type { EntityGraph } from "../../model/index.ts";
import { STEP_UNITS } from "../progress.ts";
import { analyze, ANALYSIS_STEPS } from "./analyze.ts";
import type { Analysis } from "./types.ts";

type Event = [step: string, done: number, total: number];

describe("progress of the analysis's steps", { timeout: 120_000 }, () => {
  let graph: EntityGraph;
  let events: Event[];
  let reported: Analysis;

  beforeAll(async () => {
    const out = join(await mkdtemp(join(tmpdir(), "crosslink-progress-")), "world");
    await generateWorld({ persons: 2000, seed: 4, out });
    graph = toEntityGraph(await loadDataset(out));
    events = [];
    reported = analyze(graph, {
      seed: 4,
      onProgress: (step, done, total) => events.push([step, done, total]),
    });
  });

  it("names every step, in order", () => {
    const steps = events.map(([step]) => step).filter((step, i, all) => step !== all[i - 1]);
    expect(steps).toEqual([...ANALYSIS_STEPS]);
  });

  it.each(ANALYSIS_STEPS)("%s reports from inside, never goes back and reaches 100%%", (step) => {
    const own = events.filter(([name]) => name === step);
    const done = own.map(([, d]) => d);
    expect(own.every(([, , total]) => total === STEP_UNITS)).toBe(true);
    expect(done[0]).toBe(0);
    expect(done.at(-1)).toBe(STEP_UNITS);
    expect(done.filter((d) => d > 0 && d < STEP_UNITS).length).toBeGreaterThan(0);
    expect(done).toEqual([...done].sort((x, y) => x - y));
  });

  it("the long steps report many times: the inner loops report, not just the parts", () => {
    const count = (step: string) => events.filter(([name]) => name === step).length;
    // Louvain's sweeps and levels, betweenness's sources (2,000 actors: exact, one report each).
    expect(count("communities")).toBeGreaterThan(10);
    expect(count("centrality")).toBeGreaterThan(100);
  });

  it("reporting changes nothing in the Analysis", () => {
    expect(reported).toEqual(analyze(graph, { seed: 4 }));
  });
});
