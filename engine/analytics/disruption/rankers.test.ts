import { describe, expect, it } from "vitest";
import { degreeRanker, rankOnInduced } from "./rankers.ts";
import { loadReference } from "./reference-fixture.ts";

describe("rankers", () => {
  const { csr } = loadReference("caviar");
  const alive = new Uint8Array(csr.nodeCount).fill(1);
  for (let v = 0; v < csr.nodeCount; v += 3) alive[v] = 0;

  it("degreeRanker counts alive neighbours only", () => {
    const scores = degreeRanker(csr, alive);
    for (let v = 0; v < csr.nodeCount; v++) {
      if (!alive[v]) continue;
      let expected = 0;
      for (let k = csr.offsets[v]!; k < csr.offsets[v + 1]!; k++) {
        if (alive[csr.targets[k]!]) expected++;
      }
      expect(scores[v]).toBe(expected);
    }
  });

  it("rankOnInduced maps a whole-network analytic back to the original indices", () => {
    const plainDegree = (sub: typeof csr) =>
      Float64Array.from({ length: sub.nodeCount }, (_, i) => sub.offsets[i + 1]! - sub.offsets[i]!);
    const scores = rankOnInduced(plainDegree)(csr, alive);
    const expected = degreeRanker(csr, alive);
    for (let v = 0; v < csr.nodeCount; v++) {
      expect(scores[v]).toBe(alive[v] ? expected[v] : -Infinity);
    }
  });

  it("rankOnInduced rejects a ranking of the wrong length", () => {
    expect(() => rankOnInduced(() => new Float64Array(1))(csr, alive)).toThrow(
      /disruption\/rankers/,
    );
  });
});
