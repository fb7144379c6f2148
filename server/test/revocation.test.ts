import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserFile } from "../../engine/access/index.ts";
import { LOGIN_LIMITS } from "../routes/api/login.ts";
import { bearer, buildTestApp, type TestApp } from "./helper.ts";

let world: TestApp;
let users: UserFile;
beforeEach(async () => {
  world = await buildTestApp();
  users = await UserFile.open(join(world.dataDir, "users.json"));
});
afterEach(() => world.app.close());

async function login(name: string, token: string, remoteAddress = "127.0.0.1") {
  return world.app.inject({
    method: "POST",
    url: "/api/login",
    payload: { name, token },
    remoteAddress,
  });
}

async function session(name: keyof TestApp["tokens"]): Promise<string> {
  const response = await login(name, world.tokens[name]);
  expect(response.statusCode).toBe(200);
  return response.json().token;
}

const me = (token: string) => world.app.inject({ url: "/api/me", headers: bearer(token) });

async function auditLines(): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(join(world.dataDir, "audit.jsonl"), "utf8");
  return text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
}

describe("revocation", () => {
  it("a removed user's API token and session stop working at the next request", async () => {
    const sessionToken = await session("admin");
    expect((await me(sessionToken)).statusCode).toBe(200);
    await users.remove("admin");
    expect((await me(sessionToken)).statusCode).toBe(401);
    expect((await me(world.tokens.admin)).statusCode).toBe(401);
  });

  it("a lowered clearance or role applies to an open session at once", async () => {
    const sessionToken = await session("analyst");
    await users.set("analyst", { clearance: "restricted", role: "viewer" });
    expect((await me(sessionToken)).json()).toEqual({
      name: "analyst",
      role: "viewer",
      clearance: "restricted",
    });
    const overview = await world.app.inject({
      url: "/api/overview",
      headers: bearer(sessionToken),
    });
    expect(overview.statusCode).toBe(403);
  });

  it("a rotated token ends the old token and its sessions; the new one works", async () => {
    const sessionToken = await session("viewer");
    const fresh = await users.rotate("viewer");
    expect((await me(sessionToken)).statusCode).toBe(401);
    expect((await me(world.tokens.viewer)).statusCode).toBe(401);
    expect((await me(fresh)).json().name).toBe("viewer");
  });

  it("failed logins and refused requests are audit lines with the client address", async () => {
    await login("admin", world.tokens.viewer, "10.0.0.7");
    await world.app.inject({ url: "/api/me", headers: bearer("clk_" + "x".repeat(43)) });
    await world.app.inject({ url: "/api/admin/users", headers: bearer(world.tokens.viewer) });
    const lines = await auditLines();
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: "login", user: "admin", status: 401, ip: "10.0.0.7" }),
        expect.objectContaining({ action: "refused", user: "(unknown)", status: 401 }),
        expect.objectContaining({ action: "refused", user: "viewer", status: 403 }),
      ]),
    );
  });
});

describe("limits that hold", () => {
  it("wrong logins from one address hit 429 however the Authorization header varies", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 30; i++) {
      const response = await world.app.inject({
        method: "POST",
        url: "/api/login",
        payload: { name: "admin", token: "clk_" + "y".repeat(43) },
        headers: { authorization: `Bearer forged${i}xxxxxxxx` },
      });
      codes.push(response.statusCode);
    }
    expect(codes.slice(0, LOGIN_LIMITS.perAddress)).toEqual(
      Array(LOGIN_LIMITS.perAddress).fill(401),
    );
    expect(codes.slice(LOGIN_LIMITS.perAddress)).toEqual(
      Array(30 - LOGIN_LIMITS.perAddress).fill(429),
    );
  });

  it("wrong logins for one name from many addresses hit 429, and stop the right token too", async () => {
    const codes: number[] = [];
    for (let i = 0; i < LOGIN_LIMITS.failuresPerName + 2; i++) {
      codes.push((await login("admin", "clk_" + "z".repeat(43), `10.1.0.${i}`)).statusCode);
    }
    expect(codes.filter((code) => code === 401)).toHaveLength(LOGIN_LIMITS.failuresPerName);
    expect(codes.slice(-2)).toEqual([429, 429]);
    expect((await login("admin", world.tokens.admin, "10.2.0.1")).statusCode).toBe(429);
  });

  it("a user's sessions and API token share one request budget", async () => {
    const limited = await buildTestApp(undefined, { rateLimit: 4 });
    try {
      const open = async () =>
        (
          await limited.app.inject({
            method: "POST",
            url: "/api/login",
            payload: { name: "viewer", token: limited.tokens.viewer },
          })
        ).json().token as string;
      const tokens = [await open(), await open(), limited.tokens.viewer];
      const codes: number[] = [];
      for (const token of [...tokens, ...tokens]) {
        const response = await limited.app.inject({ url: "/api/me", headers: bearer(token) });
        codes.push(response.statusCode);
      }
      expect(codes).toEqual([200, 200, 200, 200, 429, 429]);
    } finally {
      await limited.app.close();
    }
  });
});
