/**
 * The directed side of the Analysis on the CAVIAR arcs read as an edge list:
 * every actor's directed fields are the networkx reference values
 * (fixtures/reference/caviar/directed.json) at the Analysis's rounding, and
 * the parameters say which network each field used.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEdgeList } from "../network/index.ts";
import { analyzeEdgeList } from "./analyze.ts";
import { significant } from "./round.ts";

const folder = new URL("../../../fixtures/reference/caviar/", import.meta.url);
const phase = (
  JSON.parse(readFileSync(new URL("directed.json", folder), "utf8")) as {
    phases: Record<string, Record<string, unknown[]> & { reciprocity: number }>;
  }
).phases.full!;

describe("the Analysis's directed measures", () => {
  const text = readFileSync(new URL("caviar_full_arcs_directed.csv", folder), "utf8");
  const analysis = analyzeEdgeList(parseEdgeList(text), { keyPlayers: 0 });

  it("are networkx's on the directed CAVIAR network, per person", () => {
    const order = phase.nodeOrder as string[];
    const byId = new Map(analysis.persons.map((person) => [person.id, person.directed]));
    order.forEach((id, i) => {
      const directed = byId.get(id)!;
      expect(directed.inDegree).toBe(phase.inDegree![i]);
      expect(directed.outDegree).toBe(phase.outDegree![i]);
      expect(directed.inStrength).toBe(significant(phase.inStrength![i] as number));
      expect(directed.outStrength).toBe(significant(phase.outStrength![i] as number));
      expect(directed.betweenness).toBeCloseTo(phase.betweennessDistance![i] as number, 5);
      expect(directed.pagerank).toBeCloseTo(phase.pagerankWeighted![i] as number, 6);
    });
    expect(analysis.summary.directed.arcs).toBe(phase.arcCount);
    expect(analysis.summary.directed.strongComponents).toBe(phase.strongComponents!.length);
    expect(analysis.summary.directed.reciprocity).toBe(significant(phase.reciprocity));
  });

  it("say which network each measure used", () => {
    expect(analysis.parameters.measureNetworks.directed).toEqual(["directed"]);
    expect(analysis.parameters.measureNetworks.undirected).toContain("betweenness");
    expect(analysis.parameters.directed.betweenness).toMatchObject({
      method: "exact",
      distance: "1/weight",
    });
  });
});
