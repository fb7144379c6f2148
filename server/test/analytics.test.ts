/**
 * GET /api/analytics lists the engine's analytics with their parameters and
 * defaults; POST /api/analytics/:id runs one with the parameters in its body,
 * checked by a schema derived from the engine's declaration. On the demo
 * world a higher resolution gives more communities, as on the command line.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TARGET_PARAMETERS } from "../../engine/analytics/index.ts";
import { bearer, buildTestApp, type TestApp } from "./helper.ts";

const DEMO = fileURLToPath(new URL("../../fixtures/demo", import.meta.url));
let test: TestApp;

beforeAll(async () => {
  const files: Record<string, string> = {};
  for (const name of await readdir(DEMO)) files[name] = await readFile(join(DEMO, name), "utf8");
  test = await buildTestApp(files);
});
afterAll(() => test.app.close());

const post = (url: string, payload: object, token = test.tokens.analyst) =>
  test.app.inject({ method: "POST", url, payload, headers: bearer(token) });

interface Listed {
  id: string;
  parameters: { name: string; default: unknown; parameters?: { name: string }[] }[];
}

describe("analytics through the API", () => {
  it("lists every analytic with its parameters and defaults", async () => {
    const response = await test.app.inject({
      url: "/api/analytics",
      headers: bearer(test.tokens.analyst),
    });
    expect(response.statusCode).toBe(200);
    const { analytics } = response.json() as { analytics: Listed[] };
    expect(analytics.map((analytic) => analytic.id)).toEqual([
      "person-network",
      "communities",
      "centrality",
      "disruption",
      "analysis",
    ]);
    const communities = analytics.find((analytic) => analytic.id === "communities")!;
    expect(communities.parameters.find((p) => p.name === "resolution")!.default).toBe(1);
    const analysis = analytics.find((analytic) => analytic.id === "analysis")!;
    const targets = analysis.parameters.find((p) => p.name === "targets")!;
    // Nested as the engine declares them, every one listed.
    expect(targets.parameters!.map((p) => p.name)).toEqual(Object.keys(TARGET_PARAMETERS));
    expect(targets.parameters!.map((p) => p.name)).toContain("weights");
  });

  it("runs communities with a resolution: higher gives more communities", async () => {
    const count = async (resolution: number) => {
      const response = await post("/api/analytics/communities", { resolution });
      expect(response.statusCode).toBe(200);
      return (response.json() as { result: { count: number } }).result.count;
    };
    expect(await count(4)).toBeGreaterThan(await count(1));
  });

  it("refuses unknown and invalid parameters with 400 naming them", async () => {
    const unknown = await post("/api/analytics/communities", { resolutoin: 2 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toContain("resolutoin");
    const invalid = await post("/api/analytics/communities", { resolution: 0 });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().message).toContain("resolution");
    const across = await post("/api/analytics/person-network", {
      groupCliqueLimit: 4,
      groupHubs: 5,
    });
    expect(across.statusCode).toBe(400);
    expect(across.json().message).toContain('option "groupHubs" must be ≤ groupCliqueLimit');
  });

  it("keeps the task force's analytics from analysts, and documents every route", async () => {
    expect((await post("/api/analytics/analysis", {})).statusCode).toBe(403);
    const docs = await test.app.inject({ url: "/api/docs/json" });
    const paths = (docs.json() as { paths: Record<string, { post?: unknown }> }).paths;
    const body = JSON.stringify(paths["/api/analytics/communities"]!.post);
    expect(body).toContain('"resolution"');
    expect(body).toContain("exclusiveMinimum");
    expect(paths["/api/analytics"]).toBeDefined();
  });
});
