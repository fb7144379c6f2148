/**
 * `crosslink analyze --store neo4j` and `crosslink export --store neo4j` need
 * no data folder beforehand: the stored analysis and the audit log go into a
 * folder they create. Runs against the real server of the Neo4j global setup.
 */
import { mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeSmallWorld } from "../../../engine/export/test/small-world.ts";
import { exclusiveDatabase, testServer } from "../../../engine/store/neo4j/test-server.ts";
import { crosslinkOn } from "../test-cli.ts";

const server = testServer();

describe.skipIf("skip" in server)("crosslink analyze on Neo4j with no data folder", () => {
  it("creates the data folder for the analysis and the export's audit log", async () => {
    if ("skip" in server) return;
    const crosslink = crosslinkOn(server).succeed;
    const release = await exclusiveDatabase(server);
    try {
      const root = await mkdtemp(join(tmpdir(), "crosslink-analyze-neo4j-"));
      const dataDir = join(root, "not", "yet", "data");
      crosslink("import", await writeSmallWorld(), "--store", "neo4j", "--data-dir", dataDir);
      expect(crosslink("analyze", "--store", "neo4j", "--data-dir", dataDir)).toMatch(
        /wrote \d+ communities/,
      );
      expect((await stat(join(dataDir, "analysis.json"))).isFile()).toBe(true);

      const exportDir = join(root, "other", "data");
      const out = join(root, "exports");
      crosslink(
        "export",
        "P1",
        "--format",
        "json",
        "--store",
        "neo4j",
        "--data-dir",
        exportDir,
        "--out",
        out,
      );
      expect((await stat(join(exportDir, "audit.jsonl"))).isFile()).toBe(true);
    } finally {
      await release();
    }
  }, 240_000);
});
