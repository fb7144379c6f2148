/**
 * GET /api/targets pages through every person the analysis ranks (not only
 * the top it explains), filtered and sorted on the server, with what the
 * filters can choose from; POST /api/targets/csv with a table's filters
 * writes every row they keep, in the table's order; both cut to the
 * caller's clearance.
 */
import { parse } from "csv-parse/sync";
import type { Static } from "@sinclair/typebox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TargetsPage } from "../schemas/analysis.ts";
import { bearer, buildTestApp, type TestApp } from "./helper.ts";

let world: TestApp;
beforeAll(async () => {
  world = await buildTestApp();
});
afterAll(async () => {
  await world?.app.close();
});

type Page = Static<typeof TargetsPage>;
const page = async (token: string, query: string): Promise<Page> => {
  const response = await world.app.inject({
    method: "GET",
    url: `/api/targets?${query}`,
    headers: bearer(token),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page>();
};

describe("the targets table, a page at a time", () => {
  it("lists every ranked person in rank order, page by page, with the counts and the filters' choices", async () => {
    const all = await page(world.tokens.taskforce, "limit=1000");
    expect(all.total).toBe(all.ranked);
    expect(all.targets).toHaveLength(all.ranked);
    expect(all.targets.map((target) => target.rank)).toEqual(all.targets.map((_, i) => i + 1));
    const paged = [];
    for (let offset = 0; offset < all.total; offset++)
      paged.push(...(await page(world.tokens.taskforce, `limit=1&offset=${offset}`)).targets);
    expect(paged).toEqual(all.targets);
    expect(all.facets.crimes).toEqual(
      [...new Set(all.targets.flatMap((target) => target.crimeTypes))].sort(),
    );
    expect(all.facets.networks.map((network) => network.id)).toEqual(
      [...new Set(all.targets.map((target) => target.community))].sort((a, b) => a - b),
    );
  });

  it("filters and sorts all of them, not the page", async () => {
    const all = (await page(world.tokens.taskforce, "limit=1000")).targets;
    const crime = all.flatMap((target) => target.crimeTypes)[0]!;
    const kept = await page(world.tokens.taskforce, `crime=${crime}&limit=1`);
    const expected = all.filter((target) => target.crimeTypes.includes(crime));
    expect(kept.total).toBe(expected.length);
    expect(kept.targets.map((target) => target.id)).toEqual([expected[0]!.id]);
    const byName = await page(world.tokens.taskforce, "sort=name&descending=true&limit=1000");
    expect(byName.targets.map((target) => target.label)).toEqual(
      all.map((target) => target.label).sort((a, b) => b.localeCompare(a, "en")),
    );
    const top = await page(world.tokens.taskforce, "maxRank=2&limit=1000");
    expect(top.targets.map((target) => target.rank)).toEqual([1, 2]);
  });

  it("writes every row a table's filters keep as CSV, in its order", async () => {
    const all = (await page(world.tokens.taskforce, "limit=1000")).targets;
    const crime = all.flatMap((target) => target.crimeTypes)[0]!;
    const response = await world.app.inject({
      method: "POST",
      url: "/api/targets/csv",
      headers: bearer(world.tokens.taskforce),
      payload: { crime, sort: "score", descending: true },
    });
    expect(response.statusCode, response.body).toBe(200);
    const [, header, ...rest] = parse(response.body, { relax_column_count: true }) as string[][];
    expect(rest.slice(0, -1).map((row) => row[header!.indexOf("id")])).toEqual(
      all
        .filter((target) => target.crimeTypes.includes(crime))
        .sort((a, b) => b.score - a.score || a.rank - b.rank)
        .map((target) => target.id),
    );
  });

  it("ranks a restricted reader's view: nothing secret, and its own count", async () => {
    const secret = await page(world.tokens.taskforce, "limit=1000");
    const restricted = await page(world.tokens.restricted, "limit=1000");
    expect(secret.targets.map((target) => target.id)).toContain("S1");
    expect(restricted.targets.map((target) => target.id)).not.toContain("S1");
    expect(restricted.ranked).toBeLessThan(secret.ranked);
  });
});
