/**
 * `crosslink analyze` takes the analysis's parameters: `--resolution` and
 * `--set name=value` change the result (a higher resolution gives more
 * communities on the demo world), an unknown or invalid one is a usage error
 * naming it, and `--help` lists every parameter with its default.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TARGET_FEATURES } from "../../../engine/analytics/index.ts";
import { crosslinkCli } from "../test-cli.ts";

const DEMO = fileURLToPath(new URL("../../../fixtures/demo", import.meta.url));

const { run: crosslink } = crosslinkCli();

interface Stored {
  summary: { communities: number };
  parameters: { resolution: number; targets: { top: number; weights: Record<string, number> } };
  targets: { id: string; features: Record<string, number> }[];
}

async function analyse(...args: string[]): Promise<Stored> {
  const json = join(await mkdtemp(join(tmpdir(), "crosslink-analyze-")), "analysis.json");
  const run = crosslink("analyze", DEMO, "--json", json, ...args);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(await readFile(json, "utf8")) as Stored;
}

describe("crosslink analyze with parameters", { timeout: 180_000 }, () => {
  it("--resolution and --set change the analysis; a higher resolution gives more communities", async () => {
    const plain = await analyse();
    const finer = await analyse("--resolution", "4", "--set", "targets.top=7");
    expect(plain.parameters.resolution).toBe(1);
    expect(finer.parameters.resolution).toBe(4);
    expect(finer.summary.communities).toBeGreaterThan(plain.summary.communities);
    expect(finer.parameters.targets.top).toBe(7);
    expect(finer.targets).toHaveLength(7);
    const viaSet = await analyse("--set", "resolution=4");
    expect(viaSet.summary.communities).toBe(finer.summary.communities);
  });

  it("--set targets.weights.NAME reaches the score: a feature weighted alone ranks the targets", async () => {
    const alone = TARGET_FEATURES.flatMap((name) => [
      "--set",
      `targets.weights.${name}=${name === "command" ? 1 : 0}`,
    ]);
    const byCommand = await analyse(...alone);
    expect(byCommand.parameters.targets.weights.command).toBe(1);
    expect(byCommand.parameters.targets.weights.money).toBe(0);
    const strengths = byCommand.targets.map((target) => target.features.command!);
    expect(strengths).toEqual([...strengths].sort((x, y) => y - x));
  });

  it("refuses an unknown or invalid parameter with exit 2, naming it", () => {
    const unknown = crosslink("analyze", DEMO, "--set", "targets.tpo=3");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown option "targets.tpo"');
    const invalid = crosslink("analyze", DEMO, "--resolution", "-1");
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('option "resolution" must be a number > 0, got -1');
    expect(crosslink("analyze", DEMO, "--set", "resolution").status).toBe(2);
  });

  it("--help lists every parameter with its default", () => {
    const help = crosslink("analyze", "--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^ {2}resolution +modularity resolution .*\(default 1\)$/m);
    expect(help.stdout).toMatch(
      /^ {2}targets\.top +targets listed in the analysis \(default 50\)$/m,
    );
    expect(help.stdout).toMatch(/^ {2}network\.groupHubs +/m);
  });
});
