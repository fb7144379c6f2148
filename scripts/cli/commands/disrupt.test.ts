/**
 * `crosslink disrupt --directed` end to end: the CAVIAR arcs as an edge list,
 * the JSON steps against the networkx reference of
 * fixtures/reference/make_directed_reference.py, and the usage errors.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crosslinkCli } from "../test-cli.ts";

const CAVIAR = new URL("../../../fixtures/reference/caviar/", import.meta.url).pathname;
const { run: crosslink } = crosslinkCli();

interface Step {
  removed: string[];
  lcc: number;
  components: number;
  weakLcc: number;
  weakComponents: number;
}

describe("crosslink disrupt --directed", () => {
  it("removes CAVIAR callers by out-degree as networkx does, step by step", async () => {
    const json = join(await mkdtemp(join(tmpdir(), "crosslink-disrupt-")), "steps.json");
    const arcs = join(CAVIAR, "caviar_phase6_arcs_directed.csv");
    const run = crosslink("disrupt", "--edges", arcs, "--directed", "--by", "out-degree");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/scc lcc/);
    const withJson = crosslink(
      ...["disrupt", "--edges", arcs, "--directed", "--by", "out-degree", "--steps", "8"],
      ...["--json", json],
    );
    expect(withJson.status, withJson.stderr).toBe(0);
    const result = JSON.parse(await readFile(json, "utf8")) as { directed: boolean; steps: Step[] };
    const reference = JSON.parse(await readFile(join(CAVIAR, "directed.json"), "utf8")) as {
      phases: Record<string, { attacks: Record<string, Step[]> }>;
    };
    const pick = ({ removed, lcc, components, weakLcc, weakComponents }: Step) => ({
      removed,
      lcc,
      components,
      weakLcc,
      weakComponents,
    });
    expect(result.directed).toBe(true);
    expect(result.steps.map(pick)).toEqual(
      reference.phases.phase6!.attacks["out-degree"]!.slice(0, 9).map(pick),
    );
  });

  it("exits 2 when the ranking does not fit the network", () => {
    const arcs = join(CAVIAR, "caviar_phase1_arcs_directed.csv");
    const inDegree = crosslink("disrupt", "--edges", arcs, "--by", "in-degree");
    expect(inDegree.status).toBe(2);
    expect(inDegree.stderr).toMatch(/--by in-degree needs --directed/);
    const degree = crosslink("disrupt", "--edges", arcs, "--directed", "--by", "degree");
    expect(degree.status).toBe(2);
    expect(degree.stderr).toMatch(/drop --directed/);
    expect(crosslink("disrupt", "--edges", arcs, "--unweighted").status).toBe(2);
  });
});
