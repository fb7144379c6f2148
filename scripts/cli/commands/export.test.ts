/**
 * `crosslink export` end to end, as a user would run it: import, add a user,
 * export packages and networks as that user. A `restricted` user's exports
 * hold no secret record (every text file searched for the secret ids and
 * names); each export is a line of the audit log.
 */
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  SECRET_LINK_ROWS,
  SECRET_MARKERS,
  secretLinkKeys,
  writeSmallWorld,
} from "../../../engine/export/test/small-world.ts";
import { crosslinkCli } from "../test-cli.ts";

const { run, succeed: crosslink } = crosslinkCli();

async function textFiles(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    // The PDF is printed from index.html, which is searched; its text is compressed.
    if (!entry.isFile() || entry.name.endsWith(".pdf")) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path, await readFile(path, "utf8"));
  }
  return files;
}

/** Secret ids, names and numbers, and the keys of the secret links. */
let markers: string[] = [];
let linkKeys: Map<string, string>;

const secretIn = (text: string) =>
  markers.filter((marker) =>
    new RegExp(`(^|[^\\w+])${marker.replace(/[+]/g, "\\+")}(?![\\w])`).test(text),
  );

describe("crosslink export", () => {
  let root: string;
  let dataDir: string;

  beforeAll(async () => {
    linkKeys = await secretLinkKeys();
    expect(linkKeys.size).toBe(SECRET_LINK_ROWS.length);
    markers = [...SECRET_MARKERS, ...linkKeys.values()];
    root = await mkdtemp(join(tmpdir(), "crosslink-export-cli-"));
    dataDir = join(root, "data");
    crosslink("import", await writeSmallWorld(), "--data-dir", dataDir);
    crosslink(
      "user",
      "add",
      "rita",
      "--role",
      "analyst",
      "--clearance",
      "restricted",
      "--data-dir",
      dataDir,
    );
  });

  it("as a restricted user writes packages and networks with no secret record, and audits each", async () => {
    const out = join(root, "restricted");
    crosslink(
      "export",
      "--top",
      "5",
      "--as",
      "rita",
      "--out",
      join(out, "packages"),
      "--data-dir",
      dataDir,
    );
    crosslink(
      "export",
      "P1",
      "P2",
      "--as",
      "rita",
      "--out",
      join(out, "named"),
      "--data-dir",
      dataDir,
    );
    for (const format of ["gexf", "graphml", "ftm", "csv"]) {
      crosslink(
        "export",
        "--network",
        "--format",
        format,
        "--as",
        "rita",
        "--out",
        join(out, `network.${format}`),
        "--data-dir",
        dataDir,
      );
    }
    const files = await textFiles(out);
    expect([...files.keys()].some((path) => path.endsWith("package.json"))).toBe(true);
    expect(files.size).toBeGreaterThan(10);
    for (const [path, text] of files) expect(secretIn(text), path).toEqual([]);

    const p1 = JSON.parse(files.get(join(out, "named", "P1", "package.json"))!) as {
      transfers: { totals: { in: Record<string, number> } };
      provenance: { generatedBy: string };
    };
    // T4 (secret, 5000 EUR) is not counted: only T1 and T5.
    expect(p1.transfers.totals.in).toEqual({ EUR: 1450.75 });
    expect(p1.provenance.generatedBy).toBe("rita");

    const audit = (await readFile(join(dataDir, "audit.jsonl"), "utf8"))
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    const exports = audit.filter((entry) => entry.action === "export" && entry.user === "rita");
    expect(exports).toHaveLength(6);
    expect(exports[1]).toMatchObject({ ids: ["P1", "P2"], query: { clearance: "restricted" } });
  });

  it("exports the neighbourhood of named ids as the store's query layer walks it at the user's clearance", async () => {
    const out = join(root, "around");
    const around = (clearance: string, depth: string) => {
      const file = join(out, `${clearance}-${depth}.csv`);
      crosslink(
        "export",
        "P1",
        "--network",
        "--format",
        "csv",
        // Every entity the walk reaches, not only the actors of the person network.
        "--graph",
        "records",
        "--depth",
        depth,
        "--clearance",
        clearance,
        "--out",
        file,
        "--data-dir",
        dataDir,
      );
      return readFile(file.replace(/\.csv$/, ".nodes.csv"), "utf8");
    };
    const near = await around("restricted", "1");
    const far = await around("restricted", "3");
    expect(near).toContain("P1");
    expect(far.split("\n").length).toBeGreaterThan(near.split("\n").length);
    expect(secretIn(far)).toEqual([]);
    expect(secretIn(await around("secret", "3")).length).toBeGreaterThan(0);
  });

  it("as a secret clearance includes the secret records (the search above can find them)", async () => {
    const out = join(root, "secret");
    crosslink("export", "P1", "--clearance", "secret", "--out", out, "--data-dir", dataDir);
    const text = [...(await textFiles(out)).values()].join("\n");
    // P1's package names the secret person, phone, calls, transfer, association and case role,
    // and P4's use of the secret phone (it names the caller in P1's calls); P4's sighting is not
    // about P1.
    expect(secretIn(text).sort()).toEqual(
      markers.filter((marker) => marker !== linkKeys.get("sightings:3")).sort(),
    );
  });

  it("refuses an unknown user and a bad format with a usage error", () => {
    const unknown = run(
      "export",
      "P1",
      "--as",
      "nobody",
      "--out",
      join(root, "x"),
      "--data-dir",
      dataDir,
    );
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no user "nobody"');
    const format = run(
      "export",
      "--network",
      "--format",
      "pdf",
      "--out",
      join(root, "y"),
      "--data-dir",
      dataDir,
    );
    expect(format.status).toBe(2);
  });

  it("refuses an id the user may not see before analysing anything", () => {
    const { run: runWithStages } = crosslinkCli({ CROSSLINK_PROGRESS: "lines" });
    for (const id of ["NOPE", "P4"]) {
      const out = join(root, `refused-${id}`);
      const refused = runWithStages(
        "export",
        id,
        "--as",
        "rita",
        "--out",
        out,
        "--data-dir",
        dataDir,
      );
      expect(refused.status, id).toBe(1);
      expect(refused.stderr, id).toContain(`no entity ${id} visible in the store`);
      expect(refused.stderr, id).toContain("export: read store");
      expect(refused.stderr, id).not.toMatch(/export: (network|communities|targets)/);
    }
  });
});
