import { describe, expect, it } from "vitest";
import { csrFromEdges } from "../csr.ts";
import { inducedCsr } from "./induced.ts";
import { degreeRanker, rankOnInduced } from "./rankers.ts";
import { loadReference } from "./reference-fixture.ts";

describe("inducedCsr", () => {
  const all = [
    { source: "a", target: "b", weight: 2 },
    { source: "a", target: "c", weight: 3 },
    { source: "b", target: "d", weight: 1 },
    { source: "c", target: "d", weight: 4 },
    { source: "d", target: "e", weight: 5 },
  ];
  const csr = csrFromEdges(all);

  it("equals the index built from the surviving edges", () => {
    const alive = Uint8Array.from([1, 0, 1, 1, 1]); // b removed
    const { csr: sub, original } = inducedCsr(csr, alive);
    const expected = csrFromEdges(
      all.filter((e) => e.source !== "b" && e.target !== "b"),
      ["a", "c", "d", "e"],
    );
    expect(sub.ids).toEqual(expected.ids);
    expect(Array.from(sub.offsets)).toEqual(Array.from(expected.offsets));
    expect(Array.from(sub.targets)).toEqual(Array.from(expected.targets));
    expect(Array.from(sub.weights)).toEqual(Array.from(expected.weights));
    expect(sub.edgeCount).toBe(expected.edgeCount);
    expect(Array.from(original)).toEqual([0, 2, 3, 4]);
  });
});

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
