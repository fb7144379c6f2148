/**
 * The boards through the API: viewers get 403, a secret member and a secret
 * note never reach a user cleared below secret (board, notes, history), a
 * saved view above a user's clearance answers like a missing one, and every
 * change is one `change` audit line.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, buildTestApp, type TestApp } from "./helper.ts";

let world: TestApp;
beforeAll(async () => {
  world = await buildTestApp();
});
afterAll(() => world.app.close());

const call = (token: string, method: string, url: string, payload?: object) =>
  world.app.inject({
    method: method as "GET",
    url,
    headers: bearer(token),
    ...(payload && { payload }),
  });

describe("boards API", () => {
  it("lets the task force decide, hides what is above a reader's clearance, audits each change", async () => {
    const { taskforce, restricted, analyst, viewer } = world.tokens;
    const changes: [string, string, object][] = [
      ["PUT", "/api/boards/calais", { title: "Channel crossings" }],
      ["POST", "/api/boards/calais/members", { ids: ["P1", "S1"], status: "nominated" }],
      [
        "PATCH",
        "/api/boards/calais/members/S1",
        { status: "approved", rationale: "Zolto pays the skippers", classification: "secret" },
      ],
      [
        "PATCH",
        "/api/boards/calais/members/P1",
        { status: "approved", rationale: "runs the phones" },
      ],
      [
        "POST",
        "/api/notes",
        {
          subject: "person",
          about: "P1",
          text: "NIGHTJAR says P1 left",
          classification: "secret",
          handling_code: "UK-EYES",
        },
      ],
    ];
    for (const [method, url, payload] of changes) {
      const response = await call(taskforce, method, url, payload);
      expect(response.statusCode, `${method} ${url} ${response.body}`).toBe(200);
    }
    const full = (await call(taskforce, "GET", "/api/boards/calais")).json();
    expect(
      full.members.map((m: { person: string; status: string }) => [m.person, m.status]),
    ).toEqual([
      ["P1", "approved"],
      ["S1", "approved"],
    ]);
    expect(full.notes.map((n: { text: string }) => n.text)).toEqual(["NIGHTJAR says P1 left"]);

    const low = await call(restricted, "GET", "/api/boards/calais");
    expect(low.statusCode).toBe(200);
    for (const hidden of ["S1", "Zoltan", "Zolto", "NIGHTJAR", "UK-EYES"]) {
      expect(low.body, hidden).not.toContain(hidden);
    }
    expect(low.json().members.map((m: { person: string }) => m.person)).toEqual(["P1"]);
    expect((await call(restricted, "GET", "/api/notes?about=P1")).json()).toEqual({ notes: [] });
    const simulated = await call(restricted, "POST", "/api/boards/calais/simulate", {});
    expect(simulated.json().chosen.ids).toEqual(["P1"]);
    expect(
      (await call(restricted, "POST", "/api/boards/calais/simulate", { ids: ["S1"] })).statusCode,
    ).toBe(400);
    expect(
      (await call(restricted, "PATCH", "/api/boards/calais/members/S1", { owner: "x" })).statusCode,
    ).toBe(404);

    for (const format of ["json", "html"]) {
      const url = `/api/boards/calais/briefing?format=${format}`;
      const briefing = await call(restricted, "GET", url);
      expect(briefing.statusCode).toBe(200);
      for (const hidden of ["S1", "Zoltan", "Zolto", "NIGHTJAR", "UK-EYES"]) {
        expect(briefing.body, `${format} ${hidden}`).not.toContain(hidden);
      }
      expect(briefing.body).toContain("runs the phones");
      expect((await call(taskforce, "GET", url)).body).toContain("NIGHTJAR says P1 left");
    }
    expect((await call(analyst, "GET", "/api/boards/calais/briefing")).statusCode).toBe(403);

    expect((await call(viewer, "GET", "/api/boards")).statusCode).toBe(403);
    expect((await call(viewer, "GET", "/api/boards/calais")).statusCode).toBe(403);
    expect((await call(analyst, "GET", "/api/boards/calais")).statusCode).toBe(200);
    expect((await call(analyst, "PUT", "/api/boards/other", {})).statusCode).toBe(403);
    expect(
      (await call(analyst, "PATCH", "/api/boards/calais/members/P1", { owner: "me" })).statusCode,
    ).toBe(403);

    const lines = (await readFile(join(world.dataDir, "audit.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map(
        (line) =>
          JSON.parse(line) as { action: string; route: string; user: string; status: number },
      );
    const changed = lines.filter((line) => line.action === "change");
    expect(changed.map((line) => [line.user, line.route, line.status])).toEqual([
      ...changes.map(([method, url]) => [
        "taskforce",
        `${method} ${url.replace(/calais/, ":name").replace(/members\/\w+$/, "members/:id")}`,
        200,
      ]),
      ["restricted", "PATCH /api/boards/:name/members/:id", 404],
      // Refused for the role: the attempt is a line too.
      ["analyst", "PUT /api/boards/:name", 403],
      ["analyst", "PATCH /api/boards/:name/members/:id", 403],
    ]);
  });

  it("answers a saved view above the reader's clearance like a missing one", async () => {
    const saved = await call(world.tokens.taskforce, "POST", "/api/views", {
      name: "S1 watch",
      state: { selection: ["S1"] },
      classification: "secret",
    });
    const id = saved.json().id as string;
    expect((await call(world.tokens.taskforce, "GET", `/api/views/${id}`)).json().name).toBe(
      "S1 watch",
    );
    const hidden = await call(world.tokens.restricted, "GET", `/api/views/${id}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).not.toContain("S1");
    // Nor is it listed to them; the task force finds it, newest first.
    const listed = async (token: string) =>
      ((await call(token, "GET", "/api/views")).json().views as { id: string }[]).map((v) => v.id);
    expect(await listed(world.tokens.restricted)).not.toContain(id);
    expect((await listed(world.tokens.taskforce))[0]).toBe(id);
  });
});
