import { describe, expect, it } from "vitest";
import type { Csr } from "../csr.ts";
import { closeness } from "./closeness.ts";
import { loadReferenceSet, maxAbsDifference, REFERENCE_SETS } from "./reference-fixtures.ts";

describe("closeness and harmonic centrality", () => {
  for (const set of REFERENCE_SETS.map(loadReferenceSet)) {
    for (const weighted of [false, true]) {
      it(`match a brute-force all-pairs computation on ${set.name}${weighted ? ", weighted" : ""}`, () => {
        const expected = bruteForce(set.csr, weighted);
        const result = closeness(set.csr, { weighted });
        expect(maxAbsDifference(result.closeness, expected.closeness)).toBeLessThan(1e-9);
        expect(maxAbsDifference(result.harmonic, expected.harmonic)).toBeLessThan(1e-9);
      });
    }
  }

  it("gives HT-Mexico's published Freeman closeness centralisation (networkx reference)", () => {
    const set = loadReferenceSet(REFERENCE_SETS[4]);
    const scores = closeness(set.csr).closeness;
    const n = scores.length;
    const max = Math.max(...scores);
    const spread = scores.reduce((sum, value) => sum + (max - value), 0);
    const centralisation = spread / (((n - 1) * (n - 2)) / (2 * n - 3));
    expect(Math.abs(centralisation - set.reference.freeman_closeness_centralization!)).toBeLessThan(
      1e-9,
    );
  });

  it("scales closeness by the reachable share in a disconnected graph (Wasserman–Faust)", () => {
    // Montagna phone calls has 5 components; a node of a 2-node component reaches 1 other
    // at distance 1: closeness (1/1) · (1/99).
    const set = loadReferenceSet(REFERENCE_SETS[3]);
    const { closeness: scores, harmonic } = closeness(set.csr);
    const pairNode = set.csr.ids.findIndex(
      (_, i) => set.csr.offsets[i + 1]! - set.csr.offsets[i]! === 1 && isInPair(set.csr, i),
    );
    expect(scores[pairNode]).toBeCloseTo(1 / 99, 15);
    expect(harmonic[pairNode]).toBe(1);
  });
});

function isInPair(csr: Csr, i: number): boolean {
  const j = csr.targets[csr.offsets[i]!]!;
  return csr.offsets[j + 1]! - csr.offsets[j]! === 1;
}

/** Floyd–Warshall distances, then the networkx formulas, as an independent reference. */
function bruteForce(csr: Csr, weighted: boolean) {
  const n = csr.nodeCount;
  const distance = Array.from({ length: n }, (_, i) => {
    const row = new Array<number>(n).fill(Infinity);
    row[i] = 0;
    for (let k = csr.offsets[i]!; k < csr.offsets[i + 1]!; k++) {
      row[csr.targets[k]!] = weighted ? 1 / csr.weights[k]! : 1;
    }
    return row;
  });
  for (let via = 0; via < n; via++) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const through = distance[i]![via]! + distance[via]![j]!;
        if (through < distance[i]![j]!) distance[i]![j] = through;
      }
    }
  }
  const result = { closeness: new Float64Array(n), harmonic: new Float64Array(n) };
  distance.forEach((row, i) => {
    const reachable = row.filter((d, j) => j !== i && d < Infinity);
    const total = reachable.reduce((sum, d) => sum + d, 0);
    if (total > 0) result.closeness[i] = (reachable.length / total) * (reachable.length / (n - 1));
    result.harmonic[i] = reachable.reduce((sum, d) => sum + 1 / d, 0);
  });
  return result;
}
