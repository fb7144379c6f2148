/**
 * rankStrength sorts only the values above 0 (rank-strength.ts): it must
 * give the ranks and strengths of sorting every eligible node, ties, zeros
 * and negative values included.
 */
import { describe, expect, it } from "vitest";
import { createRng } from "../random.ts";
import { rankStrength } from "./rank-strength.ts";

/** Every eligible node sorted, as the ranks are defined. */
function byFullSort(values: Float64Array, eligible: Uint8Array) {
  const members = [...values.keys()].filter((v) => eligible[v]);
  members.sort((x, y) => values[y]! - values[x]! || x - y);
  const strength = new Float64Array(values.length);
  const rank = new Int32Array(values.length);
  const logN = Math.log(Math.max(2, members.length));
  let current = 1;
  members.forEach((v, i) => {
    if (i > 0 && values[v]! < values[members[i - 1]!]!) current = i + 1;
    if (values[v]! <= 0) return;
    rank[v] = current;
    strength[v] = 1 - Math.log(current) / logN;
  });
  return { strength, rank };
}

describe("rankStrength", () => {
  it("gives the first 1, ties the best rank of their group, and 0 to zeros and the ineligible", () => {
    const { rank, strength } = rankStrength(
      Float64Array.of(5, 0, 5, 2, -1, 9),
      Uint8Array.of(1, 1, 1, 1, 1, 0),
    );
    expect(Array.from(rank)).toEqual([1, 0, 1, 3, 0, 0]);
    expect(strength[0]).toBe(1);
    expect(strength[3]).toBeCloseTo(1 - Math.log(3) / Math.log(5), 12);
    expect(strength[5]).toBe(0);
  });

  it("agrees with sorting every eligible node, on sparse values with ties and negatives", () => {
    const rng = createRng(21);
    for (let round = 0; round < 50; round++) {
      const n = 1 + Math.floor(rng() * 400);
      const values = Float64Array.from({ length: n }, () => {
        const draw = rng();
        return draw < 0.6 ? 0 : draw < 0.7 ? -Math.floor(rng() * 3) : Math.floor(rng() * 20) / 4;
      });
      const eligible = Uint8Array.from({ length: n }, () => (rng() < 0.8 ? 1 : 0));
      expect(rankStrength(values, eligible)).toEqual(byFullSort(values, eligible));
    }
  });
});
