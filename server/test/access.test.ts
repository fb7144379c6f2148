import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, roleAllows } from "../../engine/access/index.ts";
import { bearer, buildTestApp, type TestApp } from "./helper.ts";
import { ROUTE_CASES } from "./routes.ts";

let world: TestApp;
beforeAll(async () => {
  world = await buildTestApp();
});
afterAll(() => world.app.close());

describe("authentication and roles", () => {
  it.each(ROUTE_CASES)("$method $url: 401 without a token", async (route) => {
    const response = await world.app.inject({ ...route });
    expect(response.statusCode).toBe(401);
    expect(response.headers["www-authenticate"]).toMatch(/^Bearer/);
    expect(response.json().message).toMatch(/Bearer/);
  });

  it.each(ROUTE_CASES)("$method $url: 401 with a wrong token", async (route) => {
    const response = await world.app.inject({
      ...route,
      headers: bearer("clk_" + "x".repeat(43)),
    });
    expect(response.statusCode).toBe(401);
  });

  it.each(ROUTE_CASES)("$method $url: allowed from $access up, 403 below", async (route) => {
    for (const role of ROLES) {
      const token = world.tokens[role];
      const response = await world.app.inject({ ...route, headers: bearer(token) });
      if (roleAllows(role, route.access)) expect(response.statusCode, role).toBe(200);
      else {
        expect(response.statusCode, role).toBe(403);
        expect(response.json().message).toContain(route.access);
      }
    }
  });

  it("health needs no token", async () => {
    const response = await world.app.inject({ url: "/api/health" });
    expect(response.json()).toEqual({ status: "ok" });
  });

  it("login exchanges name and API token for a session token that works as bearer", async () => {
    const login = await world.app.inject({
      method: "POST",
      url: "/api/login",
      payload: { name: "analyst", token: world.tokens.analyst },
    });
    expect(login.statusCode).toBe(200);
    const { token, user } = login.json();
    expect(user).toEqual({ name: "analyst", role: "analyst", clearance: "secret" });
    const me = await world.app.inject({ url: "/api/me", headers: bearer(token) });
    expect(me.json().name).toBe("analyst");
  });

  it("login refuses a token under another name", async () => {
    const login = await world.app.inject({
      method: "POST",
      url: "/api/login",
      payload: { name: "admin", token: world.tokens.viewer },
    });
    expect(login.statusCode).toBe(401);
    expect(login.json().message).toBe("name and token do not match");
  });
});

describe("bad input gets 400 with a clear message", () => {
  const admin = () => bearer(world.tokens.admin);
  const cases: Array<[string, { method?: "GET" | "POST"; url: string; payload?: object }, RegExp]> =
    [
      ["unknown query field", { url: "/api/search?q=ana&color=red" }, /unknown field "color"/],
      ["missing query field", { url: "/api/search" }, /missing field "q"/],
      [
        "limit out of range",
        { url: "/api/search?q=a&limit=5000" },
        /querystring\.limit: must be <= 100/,
      ],
      [
        "id too long",
        { url: `/api/entities/${"x".repeat(300)}` },
        /params\.id: must NOT have more than 200 characters/,
      ],
      [
        "bad date",
        { url: "/api/entities/P1/network?from=March" },
        /querystring\.from: must match pattern/,
      ],
      ["bad crime type", { url: "/api/entities/P1/network?crimeType=jaywalking" }, /crimeType/],
      ["non-integer community", { url: "/api/communities/abc" }, /params\.id: must be integer/],
      [
        "unknown body field",
        {
          method: "POST",
          url: "/api/cross-check",
          payload: { selectors: [{ value: "x", colour: "red" }] },
        },
        /body\.selectors\.0: unknown field "colour"/,
      ],
      [
        "empty selector list",
        { method: "POST", url: "/api/cross-check", payload: { selectors: [] } },
        /must NOT have fewer than 1 items/,
      ],
      [
        "unknown strategy",
        { method: "POST", url: "/api/disruption", payload: { strategy: "magic" } },
        /body\.strategy/,
      ],
      [
        "ids the caller cannot see",
        { method: "POST", url: "/api/disruption", payload: { strategy: "ids", ids: ["NOPE"] } },
        /1 of the ids are not persons/,
      ],
      [
        "duplicate ids",
        {
          method: "POST",
          url: "/api/disruption",
          payload: { strategy: "ids", ids: ["P1", "P1"] },
        },
        /body\.ids: must NOT have duplicate items/,
      ],
      ["duplicate types", { url: "/api/search?q=a&types=person&types=person" }, /duplicate/],
      [
        "an id with CR/LF",
        { url: "/api/targets/P1%0D%0ASet-Cookie:%20x=1/package" },
        /params\.id: must match pattern/,
      ],
      [
        "unknown login field",
        { method: "POST", url: "/api/login", payload: { name: "a", token: "x".repeat(20), x: 1 } },
        /unknown field "x"/,
      ],
    ];
  it.each(cases)("%s", async (_name, request, message) => {
    const response = await world.app.inject({ method: "GET", ...request, headers: admin() });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ statusCode: 400, error: "Bad Request" });
    expect(response.json().message).toMatch(message);
  });

  it("an oversized body is refused before it is parsed", async () => {
    const selectors = Array.from({ length: 20_000 }, () => ({ value: "+49 151 23456789" }));
    const response = await world.app.inject({
      method: "POST",
      url: "/api/cross-check",
      payload: { selectors },
      headers: admin(),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().message).toMatch(/body is too large/i);
  });

  it("an unknown entity is a 404 that does not echo the id", async () => {
    const response = await world.app.inject({ url: "/api/entities/NOPE-42", headers: admin() });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain("NOPE-42");
  });
});
