import { describe, expect, it } from "vitest";
import { plantedPartition } from "../communities/planted-partition.ts";
import { actorBetweenness, pivotCount } from "./measures.ts";

const { csr } = plantedPartition({ nodes: 400, averageDegree: 8, mixing: 0.2, seed: 5 });
const perPivot = csr.nodeCount + csr.targets.length;
const settings = { seed: 1, betweennessExactLimit: 0, betweennessSamples: 64 };

describe("sampled betweenness's pivot count (issue 14, item 3)", () => {
  it("keeps the pivots asked for while their work stays within betweennessWork", () => {
    expect(pivotCount(csr, { betweennessSamples: 64, betweennessWork: 64 * perPivot })).toBe(64);
  });

  it("takes fewer pivots past the work, and states the larger error bound that gives", () => {
    const full = actorBetweenness(csr, { ...settings, betweennessWork: 64 * perPivot });
    const cut = actorBetweenness(csr, { ...settings, betweennessWork: 16 * perPivot + 1 });
    expect(cut.method.samples).toBe(16);
    expect(full.method.samples).toBe(64);
    expect(cut.method.errorBound).toBeGreaterThan(full.method.errorBound);
  });

  it("takes at least one pivot, and the same pivots for the same seed", () => {
    expect(pivotCount(csr, { betweennessSamples: 64, betweennessWork: 1 })).toBe(1);
    const again = (): Float64Array =>
      actorBetweenness(csr, { ...settings, betweennessWork: 16 * perPivot }).scores;
    expect(again()).toEqual(again());
  });
});
