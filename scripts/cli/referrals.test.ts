/**
 * `crosslink referrals --as USER` and `GET /api/referrals` give a user the
 * same referral list (JSON and CSV) on the demo world, each an `export` line
 * in the audit log, and a restricted user's list holds no account, usage or
 * user above restricted.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserFile } from "../../engine/access/index.ts";
import type { ReferralRow } from "../../engine/export/index.ts";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { classificationRank, type EntityGraph } from "../../engine/model/index.ts";
import { MemoryStore } from "../../engine/store/index.ts";
import { buildApp } from "../../server/app.ts";
import { crosslinkCli } from "./test-cli.ts";

const DEMO = fileURLToPath(new URL("../../fixtures/demo", import.meta.url));
const LEVELS = ["restricted", "secret"] as const;

let dataDir: string;
let graph: EntityGraph;
let app: FastifyInstance;
const tokens = new Map<string, string>();

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "crosslink-referrals-"));
  const store = await MemoryStore.open(dataDir);
  graph = toEntityGraph(await loadDataset(DEMO));
  await store.importGraph(graph);
  const users = await UserFile.open(join(dataDir, "users.json"));
  for (const level of LEVELS) tokens.set(level, await users.add(level, "taskforce", level));
  app = await buildApp({ store, dataDir, rateLimit: false });
});
afterAll(() => app?.close());

const cli = crosslinkCli();
const crosslink = (...args: string[]) => cli.succeed(...args, "--data-dir", dataDir);

async function api(level: string, url: string) {
  const response = await app.inject({
    method: "GET",
    url,
    headers: { authorization: `Bearer ${tokens.get(level)}` },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response;
}

async function auditLines() {
  return (await readFile(join(dataDir, "audit.jsonl"), "utf8"))
    .trim()
    .split("\n")
    .map(
      (line) => JSON.parse(line) as { user: string; action: string; route: string; ids: string[] },
    );
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
        const record = graph.hasNode(item.id)
          ? graph.getNodeAttributes(item.id)
          : graph.getEdgeAttributes(item.id);
        expect(classificationRank(record.classification), item.id).toBeLessThanOrEqual(
          classificationRank(level),
        );
      }
    }
    const exports = (await auditLines()).filter(
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
