/**
 * The directed measures and the directed disruption against networkx 2.8.8
 * on the CAVIAR wiretap arcs (caller → callee, weight = calls), for all
 * phases together and for each of the eleven phases
 * (fixtures/reference/make_directed_reference.py). The arcs go through the
 * same path as `crosslink disrupt --edges FILE --directed`: the edge-list
 * person network, then its directed view.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  directedRanker,
  simulateDirectedDisruption,
  type DirectedDisruptionStep,
  type DirectedRanking,
} from "../disruption/index.ts";
import { parseEdgeList, personNetworkFromEdgeList } from "../network/index.ts";
import {
  directedBetweenness,
  directedDegrees,
  directedNetwork,
  directedPagerank,
  flowHierarchy,
  reciprocity,
  strongComponents,
  weakComponents,
} from "./index.ts";
import type { Components } from "../disruption/components.ts";

/** The reference has every figure of a step but the weak fragmentation. */
type AttackStep = Omit<DirectedDisruptionStep, "weakFragmentation">;

interface PhaseReference {
  arcs: string;
  nodeOrder: string[];
  arcCount: number;
  inDegree: number[];
  outDegree: number[];
  inStrength: number[];
  outStrength: number[];
  strongComponents: string[][];
  weakComponents: string[][];
  betweennessDistance: number[];
  betweennessHops: number[];
  pagerankWeighted: number[];
  pagerankUnweighted: number[];
  reciprocity: number;
  nodeReciprocity: (number | null)[];
  flowHierarchy: number;
  flowHierarchyWeighted: number;
  attacks: Record<"in-degree" | "out-degree" | "betweenness" | "betweenness-hops", AttackStep[]>;
}

const folder = new URL("../../../fixtures/reference/caviar/", import.meta.url);
const reference = JSON.parse(readFileSync(new URL("directed.json", folder), "utf8")) as {
  phases: Record<string, PhaseReference>;
};

const TOLERANCE = 1e-9;

function expectPerNode(actual: ArrayLike<number>, expected: readonly number[]) {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!));
  }
  expect(worst).toBeLessThan(TOLERANCE);
}

/** Components as sets of ids, in one fixed order for comparison. */
const sortedSets = (sets: string[][]) => sets.map((set) => [...set].sort()).sort(byText);
const byText = (x: string[], y: string[]) => (x.join() < y.join() ? -1 : 1);

function partition(ids: readonly string[], components: Components): string[][] {
  const members: string[][] = Array.from({ length: components.count }, () => []);
  ids.forEach((id, i) => members[components.componentOf[i]!]!.push(id));
  return sortedSets(members);
}

describe.each(Object.entries(reference.phases))(
  "CAVIAR %s, directed, against networkx",
  (_, phase) => {
    const rows = parseEdgeList(readFileSync(new URL(phase.arcs, folder), "utf8"), phase.arcs);
    const directed = directedNetwork(personNetworkFromEdgeList(rows));
    const { csr } = directed;

    it("keeps the nodes in input order and every arc", () => {
      expect(csr.ids).toEqual(phase.nodeOrder);
      expect(csr.arcCount).toBe(phase.arcCount);
    });

    it("in and out degree and strength", () => {
      const degrees = directedDegrees(csr);
      expectPerNode(degrees.inDegree, phase.inDegree);
      expectPerNode(degrees.outDegree, phase.outDegree);
      expectPerNode(degrees.inStrength, phase.inStrength);
      expectPerNode(degrees.outStrength, phase.outStrength);
    });

    it("strongly and weakly connected components", () => {
      expect(partition(csr.ids, strongComponents(csr))).toEqual(sortedSets(phase.strongComponents));
      expect(partition(csr.ids, weakComponents(csr))).toEqual(sortedSets(phase.weakComponents));
    });

    it("betweenness with distance 1/weight (the default) and by hops", () => {
      expectPerNode(directedBetweenness(csr), phase.betweennessDistance);
      expectPerNode(directedBetweenness(csr, { weighted: false }), phase.betweennessHops);
    });

    it("PageRank along arc weights (the default) and with arcs alike", () => {
      expectPerNode(directedPagerank(csr).scores, phase.pagerankWeighted);
      expectPerNode(directedPagerank(csr, { weighted: false }).scores, phase.pagerankUnweighted);
    });

    it("reciprocity and flow hierarchy", () => {
      const result = reciprocity(csr);
      expect(result.overall).toBeCloseTo(phase.reciprocity, 12);
      expect(result.perNode.length).toBe(phase.nodeReciprocity.length);
      result.perNode.forEach((value, i) => {
        const expected = phase.nodeReciprocity[i]!;
        if (expected === null) expect(value).toBeNull();
        else expect(value).toBeCloseTo(expected, 12);
      });
      expect(flowHierarchy(csr)).toBeCloseTo(phase.flowHierarchy, 12);
      expect(flowHierarchy(csr, { weighted: true })).toBeCloseTo(phase.flowHierarchyWeighted, 12);
    });

    const attacks: [keyof PhaseReference["attacks"], DirectedRanking, boolean][] = [
      ["in-degree", "in-degree", true],
      ["out-degree", "out-degree", true],
      ["betweenness", "betweenness", true],
      ["betweenness-hops", "betweenness", false],
    ];
    it.each(attacks)("sequential %s attack to the last node", (name, ranking, weighted) => {
      const result = simulateDirectedDisruption(csr, {
        strategy: { kind: "ranking", rank: directedRanker(ranking, { weighted }), label: name },
        steps: csr.nodeCount,
      });
      const expected = phase.attacks[name];
      expect(result.steps.length).toBe(expected.length);
      result.steps.forEach((step, i) => {
        const want = expected[i]!;
        expect(step.removed).toEqual(want.removed);
        expect([step.lcc, step.components, step.weakLcc, step.weakComponents]).toEqual([
          want.lcc,
          want.components,
          want.weakLcc,
          want.weakComponents,
        ]);
        expect(step.lccFraction).toBeCloseTo(want.lccFraction, 12);
        expect(step.weakLccFraction).toBeCloseTo(want.weakLccFraction, 12);
      });
    });
  },
);
