import { describe, expect, it } from "vitest";
import { clearanceView } from "../../engine/access/index.ts";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { CLASSIFICATIONS, type EntityGraph } from "../../engine/model/index.ts";
import {
  ANALYSIS_STEPS,
  analyticById,
  analyzeWithNetwork,
  OptionError,
} from "../../engine/analytics/index.ts";
import { workerAnalyze, workerRunAnalytic } from "../services/worker-analyzer.ts";
import { MemoryWorld, type Analyzer } from "../services/world.ts";
import { bearer, buildTestApp } from "./helper.ts";

const demo = async () => toEntityGraph(await loadDataset("fixtures/demo"));

describe("analyses off the event loop", () => {
  it("the worker's Analysis and networks equal the ones computed in process", async () => {
    const view = clearanceView(await demo(), "restricted");
    expect(await workerAnalyze(view)).toEqual(analyzeWithNetwork(view));
  });

  it("the worker passes the analysis's progress on: every step, each reaching its end", async () => {
    const events: [string, number, number][] = [];
    await workerAnalyze(await demo(), (step, done, total) => events.push([step, done, total]));
    const ended = events.filter(([, done, total]) => done === total).map(([step]) => step);
    expect(ended).toEqual([...ANALYSIS_STEPS]);
    expect(events[0]).toEqual(["network", 0, events[0]![2]]);
  });

  it("an analytic run in the worker equals its run in process, and a refusal stays an OptionError", async () => {
    const view = clearanceView(await demo(), "confidential");
    const parameters = { resolution: 2, seed: 7 };
    expect(await workerRunAnalytic(view, "communities", parameters)).toEqual(
      analyticById("communities").run({ graph: view }, parameters),
    );
    const refused = workerRunAnalytic(view, "disruption", { by: "in-degree" });
    await expect(refused).rejects.toBeInstanceOf(OptionError);
    await expect(refused).rejects.toThrow(/directed network only/);
  });

  it("the event loop keeps turning while the worker analyses", async () => {
    const graph = await demo();
    let turned = false;
    setTimeout(() => (turned = true), 0);
    // In process, the analysis would finish before the timer could fire.
    const turnedBeforeAnswer = await Promise.resolve(workerAnalyze(graph)).then(() => turned);
    expect(turnedBeforeAnswer).toBe(true);
  });

  it("the server answers other requests while a level is analysed in the worker", async () => {
    const { app, tokens } = await buildTestApp();
    try {
      const answered: string[] = [];
      const targets = app
        .inject({ url: "/api/targets", headers: bearer(tokens.taskforce) })
        .then((response) => (answered.push("targets"), response));
      const me = await app.inject({ url: "/api/me", headers: bearer(tokens.viewer) });
      answered.push("me");
      expect(me.statusCode).toBe(200);
      expect((await targets).statusCode).toBe(200);
      expect(answered).toEqual(["me", "targets"]);
    } finally {
      await app.close();
    }
  });

  it("prepare builds the view of every level the data holds, and no request builds one again", async () => {
    const graph = await demo();
    const analysed: EntityGraph[] = [];
    const counting: Analyzer = (view) => {
      analysed.push(view);
      return analyzeWithNetwork(view);
    };
    const world = new MemoryWorld(graph, counting);
    const ready: string[] = [];
    await world.prepare((level) => ready.push(level));
    const present = new Set(graph.mapNodes((_node, attributes) => attributes.classification));
    expect(ready.length).toBe(analysed.length);
    expect(ready.length).toBeGreaterThanOrEqual(Math.min(present.size, CLASSIFICATIONS.length));
    for (const level of CLASSIFICATIONS) await world.view(level);
    expect(analysed.length).toBe(ready.length);
  });
});
