/**
 * `crosslink referrals --as USER` and `GET /api/referrals` give a user the
 * same referral list (JSON and CSV) on the demo world, each an `export` line
 * in the audit log, and a restricted user's list holds no account, usage or
 * user above restricted.
 */
import { describe, expect, it } from "vitest";
import type { ReferralRow } from "../../engine/export/index.ts";
import { classificationRank } from "../../engine/model/index.ts";
import { useDemoWorld } from "./demo-world.ts";

const LEVELS = ["restricted", "secret"] as const;
const world = useDemoWorld("taskforce");
const crosslink = (...args: string[]) => world.crosslink(...args);

async function api(level: string, url: string) {
  const response = await world.get(level, url);
  expect(response.statusCode, response.body).toBe(200);
  return response;
}

describe.each(LEVELS)("a user cleared %s", (level) => {
  it("gets the same referral list from the CLI and the API", { timeout: 120_000 }, async () => {
    const fromApi = JSON.parse((await api(level, "/api/referrals")).body) as {
      referrals: ReferralRow[];
    };
    expect(fromApi.referrals.length).toBeGreaterThan(0);
    expect(JSON.parse(crosslink("referrals", "--as", level, "--format", "json"))).toEqual(fromApi);

    const csv = await api(level, "/api/referrals?format=csv");
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(crosslink("referrals", "--as", level)).toBe(csv.body);

    for (const row of fromApi.referrals) {
      expect(classificationRank(row.classification)).toBeLessThanOrEqual(classificationRank(level));
      for (const item of row.evidence) {
        const record = world.graph.hasNode(item.id)
          ? world.graph.getNodeAttributes(item.id)
          : world.graph.getEdgeAttributes(item.id);
        expect(classificationRank(record.classification), item.id).toBeLessThanOrEqual(
          classificationRank(level),
        );
      }
    }
    const exports = (await world.auditLines()).filter(
      (line) => line.user === level && line.action === "export",
    );
    expect(exports.map((line) => line.route)).toEqual(
      expect.arrayContaining(["cli referrals", "GET /api/referrals"]),
    );
    const accounts = fromApi.referrals.map((row) => row.account);
    expect(exports.find((line) => line.route === "cli referrals")!.ids).toEqual(
      expect.arrayContaining(accounts),
    );
  });
});

it("shows a restricted user fewer accounts than a user cleared secret", async () => {
  const count = async (level: string) =>
    (JSON.parse((await api(level, "/api/referrals")).body) as { referrals: unknown[] }).referrals
      .length;
  expect(await count("restricted")).toBeLessThan(await count("secret"));
});
