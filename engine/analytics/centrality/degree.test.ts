import { describe, expect, it } from "vitest";
import { degree } from "./degree.ts";
import { loadReferenceSet, REFERENCE_SETS } from "./reference-fixtures.ts";

describe("degree", () => {
  for (const set of REFERENCE_SETS.map(loadReferenceSet)) {
    it(`equals the networkx degree and strength of ${set.name}`, () => {
      expect(Array.from(degree(set.csr))).toEqual(
        Array.from(set.perNode(set.reference.full.degree)),
      );
      const normalized = degree(set.csr, { normalized: true });
      const expected = set.perNode(set.reference.full.degree);
      normalized.forEach((value, i) =>
        expect(value).toBeCloseTo(expected[i]! / (set.csr.nodeCount - 1), 15),
      );
      if (set.reference.full.strength) {
        expect(Array.from(degree(set.csr, { weighted: true }))).toEqual(
          Array.from(set.perNode(set.reference.full.strength)),
        );
      }
    });
  }

  it("rejects an option of the wrong type, naming the module", () => {
    const set = loadReferenceSet(REFERENCE_SETS[0]);
    expect(() => degree(set.csr, { weighted: "yes" as unknown as boolean })).toThrow(
      /^degree: option "weighted"/,
    );
    expect(() => degree(set.csr, { weigthed: true } as never)).toThrow(/^degree: unknown option/);
  });
});
