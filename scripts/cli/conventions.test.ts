/**
 * The CLI's conventions, through the real command: a usage error exits 2
 * before any work (no data read, no analysis run, nothing written); one
 * situation, one exit code in every command (an empty store is 1
 * everywhere); and long work shows named stages, each carried to 100%
 * (CROSSLINK_PROGRESS=lines prints the stages a terminal shows as bars).
 */
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ANALYSIS_STEPS } from "../../engine/analytics/index.ts";
import { crosslinkCli } from "./test-cli.ts";

const DEMO = fileURLToPath(new URL("../../fixtures/demo", import.meta.url));

const crosslink = (args: string[], env: Record<string, string> = {}) =>
  crosslinkCli(env).run(...args);

/** Stage lines (`command: stage [done/total] percent%`) as [stage, percent] in order. */
function stages(stderr: string, command: string): [string, number][] {
  return stderr
    .split("\n")
    .map((line) => new RegExp(`^${command}: (.+?)(?: \\d+/\\d+)? (\\d+)%$`).exec(line))
    .filter((match) => match !== null)
    .map((match) => [match[1]!, Number(match[2])]);
}

/** Each stage named once in order of first appearance, and whether it reached 100%. */
function completed(lines: [string, number][]) {
  const seen = new Map<string, boolean>();
  for (const [name, percent] of lines) seen.set(name, (seen.get(name) ?? false) || percent === 100);
  return [...seen];
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "crosslink-conventions-"));
});

describe("usage errors exit 2 before any work", () => {
  it("refuses a port out of range before importing or analysing anything", () => {
    const dataDir = join(root, "serve-data");
    const serve = crosslink(["serve", "--port", "70000", "--data-dir", dataDir]);
    expect(serve.status).toBe(2);
    expect(serve.stderr).toContain("--port must be a whole number from 0 to 65535, not 70000");
    expect(serve.stdout).toBe("");
    expect(existsSync(dataDir)).toBe(false);
  });

  it("refuses 0, -5 and 99 persons alike, writing nothing", () => {
    for (const persons of ["0", "-5", "99"]) {
      const out = join(root, `world-${persons}`);
      const generate = crosslink(["generate", "--persons", persons, "--out", out]);
      expect(generate.status, persons).toBe(2);
      expect(generate.stderr, persons).toContain(
        "--persons must be a whole number of at least 100",
      );
      expect(existsSync(out)).toBe(false);
    }
  });

  it("checks an export's format and choice of targets before reading the store", () => {
    // The data folder is empty: had the store been read first, this would be the empty store's exit 1.
    const dataDir = join(root, "never-read");
    const format = crosslink([
      "export",
      "--network",
      "--format",
      "pdf",
      "--out",
      join(root, "n"),
      "--data-dir",
      dataDir,
    ]);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain("--network needs --format");
    const none = crosslink(["export", "--out", join(root, "p"), "--data-dir", dataDir]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("name target ids or give --top N");
  });
});

it("gives an empty store the same exit code and message in every command", () => {
  const dataDir = join(root, "empty");
  const commands = [
    ["analyze"],
    ["export", "--top", "1", "--out", join(root, "packages")],
    ["export", "--network", "--format", "csv", "--out", join(root, "net.csv")],
    ["targets", "--clearance", "restricted"],
    ["entity", "P1"],
    ["referrals"],
    ["disrupt"],
  ];
  for (const command of commands) {
    const result = crosslink([...command, "--data-dir", dataDir]);
    expect(result.status, command.join(" ")).toBe(1);
    expect(result.stderr, command.join(" ")).toContain(
      `the store (${dataDir}) is empty: import a dataset first`,
    );
  }
});

describe("named progress stages, each carried to 100%", () => {
  const lines = { CROSSLINK_PROGRESS: "lines" };
  let dataDir: string;

  beforeAll(() => {
    dataDir = join(root, "progress");
  });

  it("imports in stages: read files (bytes), check records, build graph, open store, write", () => {
    const result = crosslink(["import", DEMO, "--data-dir", dataDir], lines);
    expect(result.status, result.stderr).toBe(0);
    expect(completed(stages(result.stderr, "import"))).toEqual([
      ["read files", true],
      ["check records", true],
      ["build graph", true],
      ["open store", true],
      ["write", true],
    ]);
  });

  it("analyses in the engine's named steps, the last one reaching 100%", () => {
    const result = crosslink(["analyze", "--data-dir", dataDir], lines);
    expect(result.status, result.stderr).toBe(0);
    const shown = stages(result.stderr, "analyze");
    // The store's stage (the analytics read its columns as they are), the engine's steps in their order, then the save.
    expect(completed(shown)).toEqual(
      ["open store", ...ANALYSIS_STEPS, "save"].map((name) => [name, true]),
    );
    expect(shown.at(-1)).toEqual(["save", 100]);
  });

  it("shows an export's stages and counts its packages", () => {
    const result = crosslink(
      [
        "export",
        "--top",
        "2",
        "--format",
        "json",
        "--clearance",
        "restricted",
        "--out",
        join(root, "two"),
        "--data-dir",
        dataDir,
      ],
      lines,
    );
    expect(result.status, result.stderr).toBe(0);
    const names = completed(stages(result.stderr, "export"));
    expect(names.map(([name]) => name)).toEqual([
      "open store",
      "read store",
      "clearance view",
      "network",
      "communities",
      "centrality",
      "crime",
      "money",
      "targets",
      "disruption",
      "records",
      "packages",
    ]);
    expect(names.every(([, done]) => done)).toBe(true);
    expect(result.stderr).toContain("export: packages 2/2 100%");
  });

  it("shows a network export's stages with counts of nodes and edges", () => {
    const out = join(root, "network.gexf");
    const result = crosslink(
      ["export", "--network", "--format", "gexf", "--out", out, "--data-dir", dataDir],
      lines,
    );
    expect(result.status, result.stderr).toBe(0);
    const names = completed(stages(result.stderr, "export")).map(([name, done]) => {
      expect(done, name).toBe(true);
      return name;
    });
    expect(names.slice(-3)).toEqual(["person graph", "read attributes", "write gexf"]);
    // Counted in nodes and edges, the same total in every stage of the file.
    expect(result.stderr).toMatch(/export: write gexf (\d+)\/\1 100%/);
  });

  it("writes no progress into a pipe unless asked", () => {
    const result = crosslink(["targets", "--clearance", "restricted", "--data-dir", dataDir]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe("");
  });
});
