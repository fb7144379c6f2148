/**
 * `crosslink analyze --store neo4j --engine gds` against the in-process
 * engine on the same generated world in the project's Neo4j: the same
 * betweenness and PageRank for every person (both exact), communities of
 * close modularity, and a target list that barely moves.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Analysis } from "../../../engine/analytics/index.ts";
import { exclusiveDatabase, testServer } from "../../../engine/store/neo4j/test-server.ts";
import { crosslinkOn } from "../test-cli.ts";

const server = testServer();

describe.skipIf("skip" in server)("crosslink analyze --engine gds", () => {
  it("computes communities, betweenness and PageRank in Neo4j as the in-process engine does", async () => {
    if ("skip" in server) return;
    const crosslink = crosslinkOn(server).run;
    const root = await mkdtemp(join(tmpdir(), "crosslink-gds-"));
    expect(crosslink("analyze", "--engine", "gds", "--data-dir", root).status).toBe(2);

    const release = await exclusiveDatabase(server);
    try {
      const world = join(root, "world");
      expect(crosslink("generate", "--persons", "400", "--seed", "3", "--out", world).status).toBe(
        0,
      );
      const store = ["--store", "neo4j", "--data-dir", join(root, "data")];
      expect(crosslink("import", world, ...store).status).toBe(0);
      const analysed = async (engine: string) => {
        const file = join(root, `${engine}.json`);
        const run = crosslink("analyze", "--engine", engine, "--json", file, ...store);
        expect(run.status, run.stderr).toBe(0);
        return JSON.parse(await readFile(file, "utf8")) as Analysis;
      };
      const gds = await analysed("gds");
      const ours = await analysed("in-process");

      expect(gds.parameters.engine).toBe("gds");
      expect(ours.parameters.engine).toBe("in-process");
      expect(gds.persons.map((p) => p.id)).toEqual(ours.persons.map((p) => p.id));
      gds.persons.forEach((person, i) => {
        expect(person.betweenness).toBeCloseTo(ours.persons[i]!.betweenness, 5);
        expect(person.pagerank).toBeCloseTo(ours.persons[i]!.pagerank, 5);
      });
      expect(Math.abs(gds.summary.modularity - ours.summary.modularity)).toBeLessThan(0.05);
      const top = (analysis: Analysis) => new Set(analysis.targets.slice(0, 20).map((t) => t.id));
      const shared = [...top(gds)].filter((id) => top(ours).has(id)).length;
      expect(shared).toBeGreaterThanOrEqual(15);
    } finally {
      await release();
    }
  }, 300_000);
});
