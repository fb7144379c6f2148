import { describe, expect, it } from "vitest";
import { csrFromEdges } from "../csr.ts";
import { betweenness } from "./betweenness.ts";
import { loadReferenceSet, maxAbsDifference, REFERENCE_SETS } from "./reference-fixtures.ts";

describe("betweenness", () => {
  for (const set of REFERENCE_SETS.map(loadReferenceSet)) {
    it(`equals the networkx normalised betweenness of ${set.name} to 1e-9`, () => {
      const expected = set.perNode(set.reference.full.betweenness_normalized);
      expect(maxAbsDifference(betweenness(set.csr), expected)).toBeLessThan(1e-9);
    });

    const weightedTop = set.reference.betweenness_weighted_dist_1_over_w_top10;
    if (weightedTop) {
      it(`equals the weighted (1/weight) betweenness top 10 of ${set.name} to 1e-9`, () => {
        const scores = betweenness(set.csr, { weighted: true });
        for (const [id, value] of weightedTop) {
          expect(Math.abs(scores[set.csr.ids.indexOf(id)]! - value)).toBeLessThan(1e-9);
        }
      });
    }
  }

  it("counts raw pair dependencies when not normalised", () => {
    // Path a-b-c-d: b lies on a-c and a-d, c on a-d and b-d.
    const csr = csrFromEdges([
      { source: "a", target: "b" },
      { source: "b", target: "c" },
      { source: "c", target: "d" },
    ]);
    expect(Array.from(betweenness(csr, { normalized: false }))).toEqual([0, 2, 2, 0]);
    // Normalised by (n-1)(n-2)/2 = 3 pairs not involving the node.
    expect(Array.from(betweenness(csr))).toEqual([0, 2 / 3, 2 / 3, 0]);
  });

  it("splits a pair's dependency over equally short paths, and weights change the shortest ones", () => {
    // Square a-b-c-d-a: a reaches c through b or d, half each; so does b reach d.
    const square = [
      { source: "a", target: "b", weight: 1 },
      { source: "b", target: "c", weight: 1 },
      { source: "c", target: "d", weight: 1 },
      { source: "d", target: "a", weight: 1 },
    ];
    expect(Array.from(betweenness(csrFromEdges(square), { normalized: false }))).toEqual([
      0.5, 0.5, 0.5, 0.5,
    ]);
    // A strong a-b and b-c (length 1/4 each) make a-b-c the only shortest a-c path;
    // b-d still has two: b-a-d (1/4 + 1) and b-c-d (1/4 + 1).
    square[0]!.weight = 4;
    square[1]!.weight = 4;
    expect(
      Array.from(betweenness(csrFromEdges(square), { weighted: true, normalized: false })),
    ).toEqual([0.5, 1, 0.5, 0]);
  });
});
