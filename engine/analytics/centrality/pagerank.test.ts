import { describe, expect, it } from "vitest";
import { csrFromEdges, type Csr } from "../csr.ts";
import { pagerank } from "./pagerank.ts";
import { loadReferenceSet, maxAbsDifference, REFERENCE_SETS } from "./reference-fixtures.ts";

describe("pagerank", () => {
  for (const set of REFERENCE_SETS.map(loadReferenceSet)) {
    it(`equals the networkx PageRank of ${set.name} to 1e-9, unweighted and weighted`, () => {
      const plain = pagerank(set.csr, { weighted: false });
      expect(plain.converged).toBe(true);
      expect(plain.iterations).toBeGreaterThan(10);
      expect(plain.maxChange).toBeLessThan(1e-10);
      expect(maxAbsDifference(plain.scores, set.perNode(set.reference.full.pagerank))).toBeLessThan(
        1e-9,
      );
      const weightedReference = set.reference.full.pagerank_weighted;
      if (weightedReference) {
        const weighted = pagerank(set.csr);
        expect(maxAbsDifference(weighted.scores, set.perNode(weightedReference))).toBeLessThan(
          1e-9,
        );
      }
    });
  }

  it("spreads the mass of isolates uniformly, as the linear-system solution says", () => {
    const csr = csrFromEdges(
      [
        { source: "a", target: "b", weight: 3 },
        { source: "b", target: "c", weight: 1 },
        { source: "c", target: "a", weight: 2 },
        { source: "c", target: "d", weight: 5 },
      ],
      ["lonely"],
    );
    const result = pagerank(csr);
    expect(maxAbsDifference(result.scores, solvePageRank(csr, 0.85))).toBeLessThan(1e-10);
    expect(result.scores.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 12);
  });

  it("reports running out of iterations instead of hiding it", () => {
    const set = loadReferenceSet(REFERENCE_SETS[0]);
    const result = pagerank(set.csr, { maxIterations: 3 });
    expect(result).toMatchObject({ iterations: 3, converged: false });
    expect(() => pagerank(set.csr, { alpha: 1.5 })).toThrow(/^pagerank: option "alpha"/);
  });

  it("reports after every iteration, never going back, done at the tolerance", () => {
    const set = loadReferenceSet(REFERENCE_SETS[1]);
    const events: number[] = [];
    const result = pagerank(set.csr, {}, (done, total) => events.push(done / total));
    expect(events).toHaveLength(result.iterations);
    for (let i = 1; i < events.length; i++)
      expect(events[i]).toBeGreaterThanOrEqual(events[i - 1]!);
    // Half way in iterations is well on the way: the change falls about geometrically.
    expect(events[Math.floor(events.length / 2)]).toBeGreaterThan(0.3);
    expect(events.at(-1)).toBeGreaterThanOrEqual(1);
  });
});

/**
 * Independent reference: PageRank as the solution of the linear system
 * x = (1-α)/n + α (Pᵀx + (Σ dangling x)/n), by Gaussian elimination on a dense matrix.
 */
function solvePageRank(csr: Csr, alpha: number): number[] {
  const n = csr.nodeCount;
  const matrix = Array.from({ length: n }, (_, i) => {
    const row = new Array<number>(n + 1).fill(0);
    row[i] = 1;
    row[n] = (1 - alpha) / n;
    return row;
  });
  for (let j = 0; j < n; j++) {
    let strength = 0;
    for (let k = csr.offsets[j]!; k < csr.offsets[j + 1]!; k++) strength += csr.weights[k]!;
    for (let i = 0; i < n; i++) {
      if (strength === 0) matrix[i]![j]! -= alpha / n;
    }
    for (let k = csr.offsets[j]!; k < csr.offsets[j + 1]!; k++) {
      matrix[csr.targets[k]!]![j]! -= (alpha * csr.weights[k]!) / strength;
    }
  }
  for (let col = 0; col < n; col++) {
    const pivot = matrix[col]![col]!;
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const factor = matrix[row]![col]! / pivot;
      for (let c = col; c <= n; c++) matrix[row]![c]! -= factor * matrix[col]![c]!;
    }
  }
  return matrix.map((row, i) => row[n]! / row[i]!);
}
