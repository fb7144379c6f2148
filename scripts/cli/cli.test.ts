import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crosslinkCli } from "./test-cli.ts";

const BIN = new URL("../../bin/crosslink.js", import.meta.url).pathname;

const { run: crosslink } = crosslinkCli();

describe("crosslink CLI", () => {
  it("answers --help on the command and on each subcommand", () => {
    const top = crosslink("--help");
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/generate/);
    expect(top.stdout).toMatch(/import/);
    const sub = crosslink("import", "--help");
    expect(sub.status).toBe(0);
    expect(sub.stdout).toMatch(/--data-dir/);
  });

  it("exits 2 on a usage error", () => {
    expect(crosslink("no-such-command").status).toBe(2);
    expect(crosslink("generate", "--persons", "many", "--out", "x").status).toBe(2);
  });

  it("imports a dataset, and on a bad one prints file:line: field and exits 1 loading nothing", async () => {
    const root = await mkdtemp(join(tmpdir(), "crosslink-cli-"));
    const good = join(root, "good");
    const bad = join(root, "bad");
    const dataDir = join(root, "data");
    await mkdir(good);
    await mkdir(bad);
    await writeFile(join(good, "persons.csv"), "id,name\nP1,Ana\nP2,Omar\n");
    await writeFile(join(bad, "persons.csv"), "id,name,birth_date\nP3,Lena,yesterday\n");

    const ok = crosslink("import", good, "--data-dir", dataDir);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/entities: person 2/);

    const failed = crosslink("import", bad, "--data-dir", dataDir);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('persons.csv:2: birth_date: "yesterday" is not a date');
    expect(failed.stderr).not.toMatch(/at .*\.ts:\d+/);

    const again = crosslink("import", good, "--data-dir", dataDir);
    expect(again.stdout).toMatch(
      /0 entities and 0 links created, 2 entities and 0 links already present/,
    );
    expect(again.stdout).toMatch(/entities: person 2$/m);
  });

  // Five CLI runs: under a loaded machine each may take several seconds.
  it(
    "adds, changes, rotates and removes users; a refused change exits 2",
    { timeout: 180_000 },
    async () => {
      const dataDir = await mkdtemp(join(tmpdir(), "crosslink-cli-users-"));
      const at = ["--data-dir", dataDir];
      const users = () =>
        readFile(join(dataDir, "users.json"), "utf8").then((text) => JSON.parse(text).users);
      const added = crosslink(
        "user",
        "add",
        "ana",
        "--role",
        "analyst",
        "--clearance",
        "secret",
        ...at,
      );
      expect(added.status).toBe(0);
      const [{ tokenHash }] = await users();
      expect(crosslink("user", "set", "ana", "--clearance", "restricted", ...at).stdout).toContain(
        "analyst, cleared restricted",
      );
      expect(crosslink("user", "rotate", "ana", ...at).status).toBe(0);
      const [rotated] = await users();
      expect(rotated).toMatchObject({ name: "ana", role: "analyst", clearance: "restricted" });
      expect(rotated.tokenHash).not.toBe(tokenHash);
      expect(crosslink("user", "remove", "ana", ...at).status).toBe(0);
      expect(await users()).toEqual([]);
      const missing = crosslink("user", "remove", "ana", ...at);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain("no user ana");
    },
  );

  it("stops quietly when the reader of its output leaves (piped into head)", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "crosslink-cli-pipe-"));
    const users = Array.from({ length: 5000 }, (_, i) => ({
      name: `user${i}`,
      role: "viewer",
      clearance: "restricted",
      tokenHash: String(i),
    }));
    await writeFile(join(dataDir, "users.json"), JSON.stringify({ users }));
    const result = spawnSync(
      "bash",
      [
        "-o",
        "pipefail",
        "-c",
        `"${process.execPath}" "${BIN}" user list --data-dir "${dataDir}" | head -1`,
      ],
      { encoding: "utf8" },
    );
    expect(result.stdout).toBe("user0\tviewer\trestricted\n");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
