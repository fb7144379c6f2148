import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizedMutualInformation } from "./nmi.ts";

const reference = JSON.parse(
  readFileSync(new URL("../../../fixtures/reference/nmi/nmi-igraph.json", import.meta.url), "utf8"),
) as { partitions: Record<string, number[]>; pairs: { a: string; b: string; nmi: number }[] };

describe("normalizedMutualInformation", () => {
  it("equals igraph's compare_communities(method='nmi') on karate partitions, both ways round", () => {
    for (const { a, b, nmi } of reference.pairs) {
      const left = reference.partitions[a]!;
      const right = reference.partitions[b]!;
      expect(normalizedMutualInformation(left, right), `${a} vs ${b}`).toBeCloseTo(nmi, 12);
      expect(normalizedMutualInformation(right, left), `${b} vs ${a}`).toBeCloseTo(nmi, 12);
    }
  });

  it("is 1 for the same partition under other label names, and ignores label types", () => {
    const labels = reference.partitions["optimal"]!;
    const renamed = labels.map((label) => `community ${(label * 7) % 5}`);
    expect(normalizedMutualInformation(labels, renamed)).toBe(1);
    expect(normalizedMutualInformation(Int32Array.from(labels), labels)).toBe(1);
  });

  it("treats two one-class labelings as identical, as scikit-learn does", () => {
    expect(normalizedMutualInformation([3, 3, 3], ["a", "a", "a"])).toBe(1);
    expect(normalizedMutualInformation([], [])).toBe(1);
  });

  it("rejects labelings of different lengths", () => {
    expect(() => normalizedMutualInformation([0, 1], [0])).toThrow(/nmi: labelings differ/);
  });
});
