import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, buildTestApp, type TestApp } from "./helper.ts";
import { ROUTE_CASES, type RouteCase } from "./routes.ts";
import { loadDataset } from "../../engine/ingest/index.ts";
import { writeDataset } from "../../engine/ingest/test/write-dataset.ts";
import {
  MERGED_PHONE_STRINGS,
  MERGED_PHONE_WORLD,
  SECRET_STRINGS,
  WITHDRAWN_STRINGS,
  WORLD_BEFORE_WITHDRAWAL,
} from "../../engine/access/test/secret-world.ts";

let world: TestApp;
beforeAll(async () => {
  world = await buildTestApp();
});
afterAll(() => world.app.close());

/** Calls a route as a user and returns the response text. */
async function call(
  token: string,
  method: RouteCase["method"],
  url: string,
  payload?: object,
  on: TestApp = world,
) {
  const response = await on.app.inject({ method, url, payload, headers: bearer(token) });
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(200);
  return response;
}

/** Every GET route for every visible entity, community and pair, plus the POST routes. */
async function sweep(token: string, on: TestApp = world): Promise<string[]> {
  const bodies: string[] = [];
  const get = async (url: string) => {
    const response = await call(token, "GET", url, undefined, on);
    bodies.push(response.body);
    return response.json();
  };
  for (const route of ROUTE_CASES) {
    const { body } = await call(token, route.method, route.url, route.payload, on);
    // A saved view's id is 12 random base64url letters (9 random bytes), which may spell a
    // secret id ("S1") by chance; only those are blanked, never an id of a record.
    bodies.push(
      route.url.startsWith("/api/views") ? body.replace(/"id":"[\w-]{12}"/g, '"id":"…"') : body,
    );
  }
  const entities = new Set<string>();
  for (const q of ["a", "o", "e", "i", "operation", "calais", "+49", "BXY123"]) {
    for (const hit of (await get(`/api/search?q=${encodeURIComponent(q)}&limit=100`)).hits)
      entities.add(hit.id);
  }
  const persons: string[] = (await get("/api/overview")).nodes.map(
    (node: { key: string }) => node.key,
  );
  for (const id of persons) entities.add(id);
  for (const id of [...entities]) {
    const network = await get(`/api/entities/${encodeURIComponent(id)}/network?depth=4`);
    for (const node of network.nodes) entities.add(node.key);
  }
  for (const id of entities) {
    await get(`/api/entities/${encodeURIComponent(id)}`);
    await get(`/api/money-flows?entity=${encodeURIComponent(id)}`);
  }
  for (const from of persons)
    for (const to of persons) await get(`/api/paths?from=${from}&to=${to}&limit=50`);
  for (const community of (await get("/api/communities")).communities)
    await get(`/api/communities/${community.id}`);
  for (const strategy of ["degree", "target-score"]) {
    const response = await call(token, "POST", "/api/disruption", { strategy, steps: 10 }, on);
    bodies.push(response.body);
  }
  for (const strategy of ["in-degree", "out-strength", "pagerank", "target-score"]) {
    const payload = { strategy, steps: 10, directed: true };
    bodies.push((await call(token, "POST", "/api/disruption", payload, on)).body);
  }
  bodies.push(
    (await call(token, "POST", "/api/disruption", { strategy: "ids", ids: persons }, on)).body,
  );
  const selectors = [...entities].map((id) => ({ value: id }));
  bodies.push((await call(token, "POST", "/api/cross-check", { selectors }, on)).body);
  return bodies;
}

// A sweep asks every route for every entity and every pair of persons: minutes on a busy machine.
const SWEEP = { timeout: 300_000 };

describe("a restricted user on a world with secret records", SWEEP, () => {
  it("finds no secret id, name, number, plate or amount in any response", async () => {
    const bodies = await sweep(world.tokens.restricted);
    expect(bodies.length).toBeGreaterThan(50);
    for (const body of bodies)
      for (const secret of SECRET_STRINGS) expect(body, `leaks ${secret}`).not.toContain(secret);
  });

  it("sees the secret strings when cleared for secret (the sweep can find them)", async () => {
    const all = (await sweep(world.tokens.admin)).join("\n");
    for (const secret of ["S1", "Zoltan Grimaldi", "+393477654321", "MI999ZZ", "Nightjar"])
      expect(all).toContain(secret);
  });

  it("gets the same 404 for a secret id as for one that does not exist", async () => {
    for (const url of ["/api/entities/%s", "/api/entities/%s/network"]) {
      const secret = await world.app.inject({
        url: url.replace("%s", "S1"),
        headers: bearer(world.tokens.restricted),
      });
      const missing = await world.app.inject({
        url: url.replace("%s", "NO-SUCH"),
        headers: bearer(world.tokens.restricted),
      });
      expect(secret.statusCode).toBe(404);
      expect(secret.body).toBe(missing.body);
    }
  });

  it("finds nothing when cross-checking secret selectors", async () => {
    const response = await call(world.tokens.restricted, "POST", "/api/cross-check", {
      selectors: [
        { value: "+39 347 765 4321" },
        { value: "MI 999 ZZ", kind: "plate" },
        { value: "Zoltan Grimaldi" },
        { value: "Nightjar" },
      ],
    });
    for (const result of response.json().results) expect(result.hits).toEqual([]);
  });

  it("does not see a tie whose only evidence is secret, nor crime types from a secret case", async () => {
    const restricted = (await call(world.tokens.restricted, "GET", "/api/entities/P1")).json();
    expect(restricted.ties.map((tie: { other: { id: string } }) => tie.other.id)).not.toContain(
      "P3",
    );
    expect(restricted.crimeTypes).toEqual(["migrant_smuggling"]);
    const secret = (await call(world.tokens.admin, "GET", "/api/entities/P1")).json();
    expect(secret.ties.map((tie: { other: { id: string } }) => tie.other.id)).toContain("P3");
    expect(secret.crimeTypes).toContain("money_laundering");
  });

  it("counts only what it may see, and handling codes travel with the records", async () => {
    const summary = (await call(world.tokens.restricted, "GET", "/api/summary")).json();
    expect(summary.entities.person).toBe(4);
    expect(summary.links.call).toBe(3);
    const route = (await call(world.tokens.restricted, "GET", "/api/entities/R1")).json();
    expect(route.properties.waypoints).toEqual(["L1", "L2"]);
    const search = (await call(world.tokens.restricted, "GET", "/api/search?q=Ana")).json();
    expect(search.hits[0]).toMatchObject({ id: "P1", handling_code: "NL-ONLY" });
  });
});

describe("the sweep again, over merged phones and a re-import that withdrew rows", SWEEP, () => {
  let edited: TestApp;
  beforeAll(async () => {
    edited = await buildTestApp([WORLD_BEFORE_WITHDRAWAL, MERGED_PHONE_WORLD]);
  });
  afterAll(() => edited.app.close());

  it("a restricted user finds no hidden id, name, number, plate, call, count or dataset hash", async () => {
    const datasetHash = (await loadDataset(await writeDataset(MERGED_PHONE_WORLD))).hash;
    const bodies = await sweep(edited.tokens.restricted, edited);
    const hidden = [...SECRET_STRINGS, ...MERGED_PHONE_STRINGS, ...WITHDRAWN_STRINGS, datasetHash];
    for (const body of bodies) {
      for (const secret of hidden) expect(body, `leaks ${secret}`).not.toContain(secret);
      // Row numbers would count the hidden rows above them.
      expect(body, "shows a row number").not.toMatch(/"line":|\.csv:\d/);
    }
    const summary = (
      await call(edited.tokens.restricted, "GET", "/api/summary", undefined, edited)
    ).json();
    expect(summary.entities.person).toBe(4);
    expect(summary.entities.phone).toBe(4);
    expect(summary.links.call).toBe(3);
  });

  it("at secret the merged phone's call is there and the withdrawn rows are not", async () => {
    const all = (await sweep(edited.tokens.admin, edited)).join("\n");
    expect(all).toContain("2024-07-01");
    for (const gone of WITHDRAWN_STRINGS) expect(all, `withdrawn ${gone}`).not.toContain(gone);
  });
});
