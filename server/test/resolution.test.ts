/**
 * Entity resolution through the API: the candidates at the caller's
 * clearance (a pair naming a hidden person, or tied only by hidden evidence,
 * is not shown), an accepted match joining the two in the targets (one
 * target, both ids, the match in the reasons), a withdrawn one, the decisions
 * kept in the store and written to the audit log, a hidden person refused
 * like a missing one.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, buildTestApp, type TestApp } from "./helper.ts";

const WORLD = {
  "persons.csv": [
    "id,name,birth_date,category,classification",
    "P1,Ana Petrova,1980-01-01,suspect,restricted",
    "P2,Anna Petrova,1980-01-01,suspect,restricted",
    "P3,Omar Haddad,,suspect,restricted",
    "P4,Omar Hadad,,suspect,restricted",
    "P5,Ivan Horvat,1975-05-05,suspect,restricted",
    "S1,Ivan Horvatt,1975-05-05,suspect,secret",
    "P6,Lena Berg,,suspect,restricted",
  ].join("\n"),
  "phones.csv": [
    "id,number,classification",
    "PH1,+49 151 23456789,restricted",
    "PH2,+31 6 12345678,restricted",
    "SPH1,+39 347 7654321,secret",
  ].join("\n"),
  "phone_usage.csv": [
    "person_id,phone_id",
    "P1,PH1",
    "P2,PH1",
    "P3,SPH1",
    "P4,SPH1",
    "P5,PH2",
    "P6,PH2",
  ].join("\n"),
  "transfers.csv": [
    "id,sender_id,receiver_id,amount,currency,date",
    "T1,P1,P6,100,EUR,2024-01-01",
    "T2,P2,P5,200,EUR,2024-01-02",
    "T3,P3,P6,300,EUR,2024-01-03",
  ].join("\n"),
};

let world: TestApp;
beforeAll(async () => {
  world = await buildTestApp(WORLD, { rateLimit: false });
});
afterAll(() => world?.app.close());

const call = (token: string, method: "GET" | "POST" | "DELETE", url: string, payload?: object) =>
  world.app.inject({ method, url, payload, headers: bearer(token) });
const pairs = async (token: string) => {
  const body = (await call(token, "GET", "/api/resolution/candidates")).json();
  return (body.candidates as { a: string; b: string }[]).map((c) => `${c.a}-${c.b}`);
};

describe("entity resolution in the API", () => {
  it("shows each caller only the pairs and the evidence they may see", async () => {
    expect(await pairs(world.tokens.analyst)).toEqual(["P1-P2", "P3-P4", "P5-S1"]);
    // Restricted: S1 is hidden, and the only evidence joining P3 and P4 is a secret phone.
    expect(await pairs(world.tokens.restricted)).toEqual(["P1-P2"]);
    const body = (await call(world.tokens.analyst, "GET", "/api/resolution/candidates")).json();
    expect(body.candidates[0]).toMatchObject({
      a: "P1",
      b: "P2",
      for: expect.arrayContaining(["the same birth date, 1980-01-01", "both use phone PH1"]),
    });
  });

  it("refuses a hidden person exactly like a missing one", async () => {
    const hidden = await call(world.tokens.restricted, "POST", "/api/resolution/decisions", {
      a: "P5",
      b: "S1",
      decision: "accepted",
    });
    const missing = await call(world.tokens.restricted, "POST", "/api/resolution/decisions", {
      a: "P5",
      b: "NOPE",
      decision: "accepted",
    });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(missing.body);
    const self = await call(world.tokens.analyst, "POST", "/api/resolution/decisions", {
      a: "P5",
      b: "P5",
      decision: "accepted",
    });
    expect(self.statusCode).toBe(400);
    const viewer = await call(world.tokens.viewer, "POST", "/api/resolution/decisions", {
      a: "P1",
      b: "P2",
      decision: "accepted",
    });
    expect(viewer.statusCode).toBe(403);
  });

  it("joins an accepted match into one target, kept in the store and audited", async () => {
    const accepted = await call(world.tokens.analyst, "POST", "/api/resolution/decisions", {
      a: "P2",
      b: "P1",
      decision: "accepted",
      note: "same passport",
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().decision).toMatchObject({
      a: "P1",
      b: "P2",
      decision: "accepted",
      by: "analyst",
      note: "same passport",
    });
    const targets = (await call(world.tokens.taskforce, "GET", "/api/targets")).json().targets;
    const joined = targets.filter((t: { id: string }) => ["P1", "P2"].includes(t.id));
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({ id: "P1", sameAs: ["P2"] });
    expect(joined[0].reasons[0]).toMatch(
      /^records P1 "Ana Petrova" and P2 "Anna Petrova" are one person \(match accepted by analyst on \d{4}-\d\d-\d\d, "same passport": /,
    );
    const listed = (await call(world.tokens.analyst, "GET", "/api/resolution/candidates")).json();
    expect(listed.accepted.map((m: { a: string }) => m.a)).toEqual(["P1"]);
    expect(await pairs(world.tokens.analyst)).toEqual(["P3-P4", "P5-S1"]);
    const stored = JSON.parse(await readFile(join(world.dataDir, "match-decisions.json"), "utf8"));
    expect(stored.decisions).toEqual([accepted.json().decision]);

    const undo = () => call(world.tokens.analyst, "DELETE", "/api/resolution/decisions/P2/P1");
    expect((await undo()).json().withdrawn).toEqual(accepted.json().decision);
    expect((await undo()).statusCode).toBe(404);
    expect(await pairs(world.tokens.analyst)).toEqual(["P1-P2", "P3-P4", "P5-S1"]);

    const audit = (await readFile(join(world.dataDir, "audit.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
      .filter((line) => line.action === "decide" && line.status === 200);
    expect(audit.map((line) => [line.route, line.user, line.ids])).toEqual([
      ["POST /api/resolution/decisions", "analyst", ["P1", "P2"]],
      ["DELETE /api/resolution/decisions/:a/:b", "analyst", ["P1", "P2"]],
    ]);
  });
});
