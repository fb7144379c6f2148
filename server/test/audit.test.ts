import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditLog } from "../../engine/access/index.ts";
import { bearer, buildTestApp, type TestApp } from "./helper.ts";

let world: TestApp;
beforeAll(async () => {
  world = await buildTestApp();
});
afterAll(() => world.app.close());

describe("audit of searches, views and exports", () => {
  it("writes one chained line per disclosing request, with user, route, query and ids", async () => {
    const headers = bearer(world.tokens.analyst);
    await world.app.inject({ url: "/api/search?q=Ana", headers });
    await world.app.inject({ url: "/api/entities/P2", headers });
    await world.app.inject({
      method: "POST",
      url: "/api/cross-check",
      payload: { selectors: [{ value: "B-XY 123" }] },
      headers,
    });
    await world.app.inject({ url: "/api/health" });
    const path = join(world.dataDir, "audit.jsonl");
    const lines = (await readFile(path, "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      user: "analyst",
      action: "search",
      route: "GET /api/search",
      status: 200,
      query: { q: "Ana" },
      ids: ["P1"],
    });
    expect(lines[1]).toMatchObject({ action: "view", route: "GET /api/entities/:id" });
    expect(lines[1].ids[0]).toBe("P2");
    expect(lines[2]).toMatchObject({ action: "search", ids: ["V1"] });
    expect(lines[2].query.body.selectors[0].value).toBe("B-XY 123");
    expect(Date.parse(lines[0].time)).not.toBeNaN();
    expect(await verifyAuditLog(path)).toMatchObject({ ok: true, lines: 3 });
    const verify = await world.app.inject({
      url: "/api/admin/audit/verify",
      headers: bearer(world.tokens.admin),
    });
    expect(verify.json()).toMatchObject({ ok: true });
  });
});
