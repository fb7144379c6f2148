/**
 * POST /api/targets/csv: the targets asked for, in the order asked, as the
 * engine's target list gives them (network, crime types in words, roles,
 * score), each row with its classification and handling code, the list's
 * marking as first and last line; cut to the caller's clearance (a secret
 * target answers a restricted user as a missing id does) and audited as an
 * export.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TARGET_COLUMNS } from "../../engine/export/index.ts";
import type { Static } from "@sinclair/typebox";
import type { TargetEntry } from "../schemas/analysis.ts";
import { bearer, buildTestApp, type TestApp } from "./helper.ts";

let world: TestApp;
beforeAll(async () => {
  world = await buildTestApp();
});
afterAll(async () => {
  await world?.app.close();
});

const csv = (token: string, ids: string[]) =>
  world.app.inject({
    method: "POST",
    url: "/api/targets/csv",
    headers: bearer(token),
    payload: { ids },
  });

describe("the targets as CSV", () => {
  it("writes the rows asked for in their order, marked first and last", async () => {
    const listed = (
      await world.app.inject({
        method: "GET",
        url: "/api/targets",
        headers: bearer(world.tokens.taskforce),
      })
    ).json<{ targets: Static<typeof TargetEntry>[] }>().targets;
    expect(listed.length).toBeGreaterThan(2);
    const ids = listed.map((target) => target.id).reverse();
    const response = await csv(world.tokens.taskforce, ids);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/csv/);
    const rows = parse(response.body, { relax_column_count: true }) as string[][];
    const [first, header, ...rest] = rows;
    const body = rest.slice(0, -1);
    expect(rows.at(-1)).toEqual(first);
    expect(header).toEqual([...TARGET_COLUMNS]);
    expect(body.map((row) => row[1])).toEqual(ids);
    // The marking: the highest classification among the rows and every handling code.
    const secret = listed.some((target) => target.classification === "secret");
    expect(first![0]).toMatch(secret ? /^SECRET/ : /^(CONFIDENTIAL|RESTRICTED)/);
    for (const target of listed) {
      const row = body.find((cells) => cells[1] === target.id)!;
      const cell = (name: (typeof TARGET_COLUMNS)[number]) => row[TARGET_COLUMNS.indexOf(name)];
      expect(cell("network")).toBe(target.network);
      expect(cell("classification")).toBe(target.classification);
      expect(cell("handling_code")).toBe(target.handling_code ?? "");
      expect(cell("crime_types")).not.toMatch(/_/);
      if (target.handling_code) expect(first![0]).toContain(target.handling_code);
    }
    const audit = (await readFile(join(world.dataDir, "audit.jsonl"), "utf8")).trim().split("\n");
    const line = JSON.parse(audit.at(-1)!) as { action: string; ids: string[] };
    expect(line.action).toBe("export");
    expect(line.ids).toEqual(ids);
  });

  it("answers a hidden target as a missing id, and refuses an id that is no target", async () => {
    const hidden = await csv(world.tokens.restricted, ["S1"]);
    const missing = await csv(world.tokens.restricted, ["NOBODY"]);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toEqual(missing.json());
    const phone = await csv(world.tokens.taskforce, ["PH1"]);
    expect(phone.statusCode).toBe(404);
    expect(phone.json().message).toBe("PH1 is not among the targets");
  });
});
