/**
 * Every command that writes creates the folders it writes into: a user, an
 * analysis, a disruption run and exports aimed at folders that do not exist
 * yet succeed and leave their files there. (analyze.neo4j.test.ts covers
 * `--store neo4j` with no data folder at all.)
 */
import { mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeSmallWorld } from "../../engine/export/test/small-world.ts";
import { crosslinkCli } from "./test-cli.ts";

const { succeed: crosslink } = crosslinkCli();

const isFile = async (path: string) => (await stat(path)).isFile();

// Each run of the CLI can take several seconds on a loaded machine.
describe("commands create the folders they write to", { timeout: 180_000 }, () => {
  it("user add into a data folder that does not exist", async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), "crosslink-folders-")), "a", "b", "data");
    crosslink(..."user add ana --role analyst --clearance secret --data-dir".split(" "), dataDir);
    expect(await isFile(join(dataDir, "users.json"))).toBe(true);
  });

  it("analyze --json and disrupt --json into missing folders", async () => {
    const root = await mkdtemp(join(tmpdir(), "crosslink-folders-"));
    const world = await writeSmallWorld();
    const analysis = join(root, "out", "deep", "analysis.json");
    crosslink("analyze", world, "--json", analysis);
    expect(await isFile(analysis)).toBe(true);
    const disruption = join(root, "other", "disruption.json");
    crosslink("disrupt", world, "--by", "degree", "--steps", "2", "--json", disruption);
    expect(await isFile(disruption)).toBe(true);
  });

  it("exports and their audit line into missing folders", async () => {
    const root = await mkdtemp(join(tmpdir(), "crosslink-folders-"));
    const dataDir = join(root, "data");
    crosslink("import", await writeSmallWorld(), "--data-dir", dataDir);
    const packages = join(root, "exports", "packages");
    crosslink("export", "P1", "--format", "json", "--out", packages, "--data-dir", dataDir);
    const network = join(root, "exports", "network", "world.gexf");
    crosslink("export", "--network", "--format", "gexf", "--out", network, "--data-dir", dataDir);
    expect(await isFile(network)).toBe(true);
    expect((await stat(packages)).isDirectory()).toBe(true);
    expect(await isFile(join(dataDir, "audit.jsonl"))).toBe(true);
  });
});
