/**
 * A restricted user probes the secret records of the secret world by their
 * ids, numbers, plates and names through search, cross-check, entity detail,
 * ego network and paths: every probe answers as for something that does not
 * exist, and no response holds a secret string.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECRET_STRINGS } from "../../engine/access/test/secret-world.ts";
import { bearer, buildTestApp, type TestApp } from "./helper.ts";

let world: TestApp;
beforeAll(async () => {
  world = await buildTestApp();
});
afterAll(() => world.app.close());

const PROBES = [
  "S1",
  "Zoltan Grimaldi",
  "Zolto",
  "+39 347 765 4321",
  "0039 3477654321",
  "MI-999-ZZ",
].concat(["SPH1", "SV1", "Nightjar", "Villa Segreta", "SL1", "ST1"]);

async function get(url: string) {
  return world.app.inject({ url, headers: bearer(world.tokens.restricted) });
}

describe("a restricted user probing secret records", () => {
  it("finds nothing by id, number, plate or name, and gets a 404 that says no more", async () => {
    const bodies: string[] = [];
    for (const q of PROBES) {
      const search = await get(`/api/search?q=${encodeURIComponent(q)}&limit=100`);
      expect(
        search.json().hits.map((hit: { id: string }) => hit.id),
        q,
      ).not.toContain("S1");
      bodies.push(search.body);
    }
    const missing = (await get("/api/entities/NO-SUCH")).body;
    for (const id of ["S1", "S2", "SPH1", "SV1", "SC1", "SL1"]) {
      for (const url of [`/api/entities/${id}`, `/api/entities/${id}/network?depth=3`]) {
        const response = await get(url);
        expect(response.statusCode, url).toBe(404);
        expect(response.body).toBe(missing);
      }
      for (const url of [`/api/paths?from=P3&to=${id}`, `/api/paths?from=${id}&to=P1`]) {
        const response = await get(url);
        expect(response.statusCode, url).toBe(404);
      }
    }
    // The only direct evidence tying P1 to P3 is a secret call: paths must go round it.
    const paths = await get("/api/paths?from=P1&to=P3&limit=50");
    expect(paths.statusCode).toBe(200);
    bodies.push(paths.body, (await get("/api/entities/P1/network?depth=4")).body);
    bodies.push((await get("/api/entities/P3")).body, (await get("/api/entities/PH1")).body);
    const check = await world.app.inject({
      method: "POST",
      url: "/api/cross-check",
      payload: { selectors: PROBES.map((value) => ({ value })) },
      headers: bearer(world.tokens.restricted),
    });
    // Its body echoes the probes themselves; what matters is that nothing was found.
    for (const result of check.json().results) expect(result.hits, result.value).toEqual([]);
    for (const body of bodies)
      for (const secret of SECRET_STRINGS) expect(body, `leaks ${secret}`).not.toContain(secret);
  });
});
