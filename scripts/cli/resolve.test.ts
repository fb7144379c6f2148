/**
 * `crosslink resolve` through the real CLI on a generated unlabelled world:
 * the planted duplicates listed with their evidence, an accepted one joined
 * in the stored analysis (one actor, both ids), a rejected one no longer
 * offered, a decision undone, every decision an audit line, the decisions
 * kept in the data folder through a re-import, and a viewer or an unknown id
 * refused; the entity detail (CLI and API alike) of an accepted duplicate
 * names the other record, and that of an everyday hub says why it is not a
 * target.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Analysis, ResolutionSummary } from "../../engine/analytics/index.ts";
import { UserFile } from "../../engine/access/index.ts";
import { MemoryStore } from "../../engine/store/index.ts";
import { buildApp } from "../../server/app.ts";
import type { GroundTruth } from "../../fixtures/generator/index.ts";

const BIN = fileURLToPath(new URL("../../bin/crosslink.js", import.meta.url));

let root: string;
let dataDir: string;
let world: string;
let truth: GroundTruth;

const crosslink = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [BIN, ...args, ...(args[0] === "generate" ? [] : ["--data-dir", dataDir])],
    { encoding: "utf8", env: { ...process.env, CROSSLINK_PROGRESS: "" } },
  );
const ok = (...args: string[]) => {
  const result = crosslink(...args);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
};
const summary = () =>
  JSON.parse(ok("resolve", "list", "--format", "json", "--as", "ana")) as ResolutionSummary;
const key = (a: string, b: string) => [a, b].sort().join("|");

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "crosslink-resolve-"));
  dataDir = join(root, "data");
  world = join(root, "world");
  ok("generate", "--persons", "1000", "--seed", "2", "--unlabelled", "--out", world);
  truth = JSON.parse(await readFile(`${world}.truth.json`, "utf8")) as GroundTruth;
  ok("import", world);
  ok("user", "add", "ana", "--role", "analyst", "--clearance", "secret");
  ok("user", "add", "vic", "--role", "viewer", "--clearance", "secret");
}, 120_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe("crosslink resolve", () => {
  it("lists the planted duplicates with the evidence for and against", () => {
    const { candidates } = summary();
    const listed = new Set(candidates.map((c) => key(c.a, c.b)));
    for (const d of truth.unlabelled!.duplicates)
      expect(listed).toContain(key(d.original, d.duplicate));
    const table = ok("resolve", "list", "--as", "ana");
    expect(table).toMatch(/^status\s+a\s+name\s+b\s+name\s+score\s+evidence/);
    expect(table).toMatch(/candidate .* for: names ".+" and ".+" agree but for spelling/);
  });

  it("accepts, rejects and undoes, each an audit line, and the analysis joins the accepted pair", async () => {
    const [first, second] = truth.unlabelled!.duplicates;
    ok(
      "resolve",
      "accept",
      first!.original,
      first!.duplicate,
      "--note",
      "same passport",
      "--as",
      "ana",
    );
    ok("resolve", "reject", second!.original, second!.duplicate, "--as", "ana");
    let listed = summary();
    expect(listed.accepted.map((m) => [key(m.a, m.b), m.by, m.note])).toEqual([
      [key(first!.original, first!.duplicate), "ana", "same passport"],
    ]);
    expect(listed.rejected.map((m) => key(m.a, m.b))).toEqual([
      key(second!.original, second!.duplicate),
    ]);
    expect(listed.candidates.map((c) => key(c.a, c.b))).not.toContain(
      key(second!.original, second!.duplicate),
    );

    const analysisFile = join(root, "analysis.json");
    ok("analyze", "--json", analysisFile);
    const analysis = JSON.parse(await readFile(analysisFile, "utf8")) as Analysis;
    const ids = [first!.original, first!.duplicate];
    const joined = analysis.persons.filter((p) => ids.includes(p.id));
    expect(joined).toHaveLength(1);
    expect([joined[0]!.id, ...joined[0]!.sameAs!].sort()).toEqual([...ids].sort());

    ok("resolve", "undo", second!.original, second!.duplicate, "--as", "ana");
    listed = summary();
    expect(listed.rejected).toEqual([]);
    expect(listed.candidates.map((c) => key(c.a, c.b))).toContain(
      key(second!.original, second!.duplicate),
    );

    const audit = (await readFile(join(dataDir, "audit.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { action: string; route: string; ids: string[] });
    expect(
      audit.filter((line) => line.action === "decide").map((line) => [line.route, line.ids.sort()]),
    ).toEqual([
      ["cli resolve accept", [...ids].sort()],
      ["cli resolve reject", [second!.original, second!.duplicate].sort()],
      ["cli resolve undo", [second!.original, second!.duplicate].sort()],
    ]);
  }, 120_000);

  it("keeps the decisions through a re-import of the dataset", () => {
    const before = summary();
    ok("import", world);
    expect(summary()).toEqual(before);
    expect(before.accepted).toHaveLength(1);
  }, 60_000);

  it("refuses a viewer, a missing user, an unknown id and a pair of one", () => {
    const [pair] = truth.unlabelled!.duplicates;
    const viewer = crosslink("resolve", "accept", pair!.original, pair!.duplicate, "--as", "vic");
    expect([viewer.status, viewer.stderr]).toEqual([
      2,
      expect.stringMatching(/needs role analyst/),
    ]);
    expect(crosslink("resolve", "accept", pair!.original, pair!.duplicate).status).toBe(2);
    const unknown = crosslink("resolve", "reject", pair!.original, "P999999", "--as", "ana");
    expect([unknown.status, unknown.stderr]).toEqual([
      1,
      expect.stringMatching(/no such person P999999 \(or not visible at your clearance\)/),
    ]);
    expect(
      crosslink("resolve", "accept", pair!.original, pair!.original, "--as", "ana").status,
    ).toBe(2);
    // Nothing was decided on the third planted pair: nothing to undo.
    const undecided = truth.unlabelled!.duplicates[2]!;
    const undo = crosslink(
      "resolve",
      "undo",
      undecided.original,
      undecided.duplicate,
      "--as",
      "ana",
    );
    expect([undo.status, undo.stderr]).toEqual([1, expect.stringMatching(/no decision on/)]);
  }, 60_000);

  it("details an accepted duplicate as the joined actor and an everyday hub with its caveat", async () => {
    const [first] = truth.unlabelled!.duplicates;
    const hub = truth.unlabelled!.hubs.find((h) => h.kind === "remittance_counter")!.id;
    const store = await MemoryStore.open(dataDir);
    const app = await buildApp({ store, dataDir, rateLimit: false });
    try {
      const token = await (
        await UserFile.open(join(dataDir, "users.json"))
      ).add("tess", "taskforce", "secret");
      const api = async (id: string) =>
        (
          await app.inject({
            url: `/api/entities/${id}`,
            headers: { authorization: `Bearer ${token}` },
          })
        ).json();
      const cli = (id: string) => JSON.parse(ok("entity", id));
      for (const detail of [await api(hub), cli(hub)]) {
        expect(detail.caveat).toMatch(
          /^not a facilitator but an everyday contact: \d+ people in \d+ communities touch them .* betweenness [\d.]+ says little/,
        );
      }
      const original = await api(first!.original);
      const duplicate = await api(first!.duplicate);
      expect(duplicate.sameAs).toEqual([first!.original]);
      expect(original.sameAs).toEqual([first!.duplicate]);
      expect(duplicate.scores).toEqual(original.scores);
      expect(duplicate.ties).toEqual(original.ties);
      expect(cli(first!.duplicate).sameAs).toEqual([first!.original]);
    } finally {
      await app.close();
    }
  }, 120_000);
});
