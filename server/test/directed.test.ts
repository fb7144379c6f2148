/**
 * The directed network through the API, on the tiny world whose calls and
 * transfers are counted by hand (engine/analytics/network/test/tiny-world.ts):
 * who an entity calls and pays and who calls and pays it, its directed
 * measures, and the disruption route with `directed`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TINY_WORLD } from "../../engine/analytics/network/test/tiny-world.ts";
import { bearer, buildTestApp, type TestApp } from "./helper.ts";

let world: TestApp;
beforeAll(async () => {
  world = await buildTestApp(TINY_WORLD);
});
afterAll(() => world.app.close());

const request = (method: "GET" | "POST", url: string, payload?: object) =>
  world.app.inject({ method, url, payload, headers: bearer(world.tokens.taskforce) });

interface Counterpart {
  other: { id: string };
  calls: number;
  transfers: number;
  amounts: Record<string, number>;
}
const byOther = (list: Counterpart[]) =>
  Object.fromEntries(list.map(({ other, ...rest }) => [other.id, rest]));

describe("entity details on the directed network", () => {
  it("list whom P1 calls and pays and who calls and pays P1, with counts and sums", async () => {
    const response = await request("GET", "/api/entities/P1");
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json();
    expect(byOther(detail.calls.out)).toEqual({
      P2: { calls: 3, transfers: 1, amounts: { EUR: 100 } },
      P3: { calls: 1, transfers: 0, amounts: {} },
      P4: { calls: 1, transfers: 0, amounts: {} },
    });
    expect(byOther(detail.calls.in)).toEqual({
      P2: { calls: 1, transfers: 1, amounts: { EUR: 50 } },
      O1: { calls: 0, transfers: 1, amounts: { USD: 1000 } },
    });
    // Out: P2, P3, P4 and P5 (same route, same day, both ways); in: P2, P5 and O1.
    expect(detail.scores.directed).toMatchObject({ outDegree: 4, inDegree: 3 });
  });
});

describe("POST /api/disruption with directed", () => {
  it("removes by out-degree and follows the strongly and weakly connected components", async () => {
    const response = await request("POST", "/api/disruption", {
      strategy: "out-degree",
      directed: true,
      steps: 1,
    });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ directed: true, strategy: "out-degree", weakLcc0: 6 });
    expect(result.steps[1].removed).toEqual(["P1"]);
    // Removing P1 cuts the weak component: P3 and P4 (sharing a phone) were reached only through P1's calls.
    expect(result.steps[0]).toMatchObject({ weakComponents: 1, weakLcc: 6 });
    expect(result.steps[1].weakLcc).toBeLessThan(6);
  });

  it("refuses a ranking of the other network with a plain 400", async () => {
    for (const payload of [{ strategy: "out-degree" }, { strategy: "degree", directed: true }]) {
      const response = await request("POST", "/api/disruption", payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toMatch(/needs/);
      expect(response.body).not.toMatch(/at .*\.ts/);
    }
  });
});
