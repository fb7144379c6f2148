import { describe, expect, it } from "vitest";
import { betweenness } from "./betweenness.ts";
import { loadReferenceSet, maxAbsDifference, REFERENCE_SETS } from "./reference-fixtures.ts";
import { pivotErrorBound, sampledBetweenness } from "./sampled-betweenness.ts";

const caviar = loadReferenceSet(REFERENCE_SETS[1]);
const meetings = loadReferenceSet(REFERENCE_SETS[2]);

describe("sampledBetweenness", () => {
  it("equals the exact betweenness when every node is a pivot", () => {
    for (const set of [caviar, meetings]) {
      for (const [weighted, linearScaling] of [
        [false, true],
        [true, true],
        [false, false],
        [true, false],
      ] as const) {
        const sampled = sampledBetweenness(set.csr, {
          samples: set.csr.nodeCount,
          seed: 7,
          weighted,
          linearScaling,
        });
        expect(sampled.exact).toBe(true);
        expect(sampled.errorBound).toBe(0);
        expect(new Set(sampled.pivots).size).toBe(set.csr.nodeCount);
        // Only the order of summation differs from the exact run.
        expect(maxAbsDifference(sampled.scores, betweenness(set.csr, { weighted }))).toBeLessThan(
          1e-12,
        );
      }
    }
  });

  it("gives bit for bit the same scores when the searches run on nodes numbered by community", () => {
    for (const set of [caviar, meetings]) {
      const groups = Int32Array.from(set.csr.ids, (_, v) => (v * 7) % 5);
      for (const weighted of [false, true]) {
        const options = { samples: 15, seed: 3, weighted };
        const plain = sampledBetweenness(set.csr, options);
        const local = sampledBetweenness(set.csr, { ...options, localityGroups: groups });
        expect(Array.from(local.pivots)).toEqual(Array.from(plain.pivots));
        expect(Array.from(local.scores)).toEqual(Array.from(plain.scores));
      }
    }
  });

  it("gives the same scores for the same seed and other pivots for another seed", () => {
    const first = sampledBetweenness(caviar.csr, { samples: 20, seed: 42 });
    const again = sampledBetweenness(caviar.csr, { samples: 20, seed: 42 });
    const other = sampledBetweenness(caviar.csr, { samples: 20, seed: 43 });
    expect(Array.from(again.scores)).toEqual(Array.from(first.scores));
    expect(Array.from(again.pivots)).toEqual(Array.from(first.pivots));
    expect(Array.from(other.pivots)).not.toEqual(Array.from(first.pivots));
    expect(new Set(first.pivots).size).toBe(20);
  });

  it("stays within its stated error bound, which shrinks with more pivots", () => {
    const exact = betweenness(caviar.csr);
    for (let seed = 1; seed <= 10; seed++) {
      for (const linearScaling of [true, false]) {
        const sampled = sampledBetweenness(caviar.csr, { samples: 30, seed, linearScaling });
        expect(maxAbsDifference(sampled.scores, exact)).toBeLessThanOrEqual(sampled.errorBound);
      }
    }
    const n = caviar.csr.nodeCount;
    // Hand value of the header's formula: R = c·n/(n-1) with c = 2 for linear scaling (the
    // default) and 1 for plain pivots, factor 1 - (k-1)/n, ln(2n / 0.05), 2k.
    const k = 30;
    const root = Math.sqrt(((1 - (k - 1) / n) * Math.log((2 * n) / 0.05)) / (2 * k));
    expect(pivotErrorBound(n, k, 0.95)).toBeCloseTo(((2 * n) / (n - 1)) * root, 15);
    expect(pivotErrorBound(n, k, 0.95, false)).toBeCloseTo((n / (n - 1)) * root, 15);
    expect(pivotErrorBound(n, 60, 0.95)).toBeLessThan(pivotErrorBound(n, 30, 0.95));
    expect(pivotErrorBound(n, 30, 0.99)).toBeGreaterThan(pivotErrorBound(n, 30, 0.95));
  });

  it.each([true, false])(
    "extrapolates the pivots' dependencies by n/k (linear scaling %s)",
    (linearScaling) => {
      // With one pivot, the estimate is n · δ_s(v) / ((n-1)(n-2)); summing it over all
      // possible pivots and dividing by n gives back the exact value.
      const n = meetings.csr.nodeCount;
      const sum = new Float64Array(n);
      const seen = new Set<number>();
      for (let seed = 0; seen.size < n; seed++) {
        const one = sampledBetweenness(meetings.csr, { samples: 1, seed, linearScaling });
        const pivot = one.pivots[0]!;
        if (seen.has(pivot)) continue;
        seen.add(pivot);
        one.scores.forEach((value, i) => (sum[i]! += value / n));
      }
      expect(maxAbsDifference(sum, betweenness(meetings.csr))).toBeLessThan(1e-12);
    },
  );

  it("rejects a bad sample count or confidence, naming the module", () => {
    expect(() => sampledBetweenness(caviar.csr, { samples: 0 })).toThrow(
      /^sampledBetweenness: option "samples"/,
    );
    expect(() => sampledBetweenness(caviar.csr, { confidence: 1 })).toThrow(
      /^sampledBetweenness: option "confidence"/,
    );
  });
});
