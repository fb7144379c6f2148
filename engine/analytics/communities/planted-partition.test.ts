import { describe, expect, it } from "vitest";
import { modularity } from "./modularity.ts";
import { plantedPartition } from "./planted-partition.ts";

describe("plantedPartition", () => {
  it("is reproducible from its seed", () => {
    const a = plantedPartition({ nodes: 500, seed: 4 });
    const b = plantedPartition({ nodes: 500, seed: 4 });
    expect(Array.from(b.planted)).toEqual(Array.from(a.planted));
    expect(Array.from(b.csr.targets)).toEqual(Array.from(a.csr.targets));
    expect(Array.from(plantedPartition({ nodes: 500, seed: 5 }).planted)).not.toEqual(
      Array.from(a.planted),
    );
  });

  it("plants communities of the requested sizes with the requested share of outside edges", () => {
    const { csr, planted, communityCount } = plantedPartition({
      nodes: 4000,
      averageDegree: 8,
      mixing: 0.25,
      minSize: 30,
      maxSize: 60,
      seed: 9,
    });
    const sizes = new Array<number>(communityCount).fill(0);
    for (const community of planted) sizes[community]!++;
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(30);
    // The last community may absorb a remainder smaller than minSize.
    expect(Math.max(...sizes)).toBeLessThan(90);
    let outside = 0;
    let total = 0;
    for (let i = 0; i < csr.nodeCount; i++) {
      for (let e = csr.offsets[i]!; e < csr.offsets[i + 1]!; e++) {
        total += csr.weights[e]!;
        if (planted[csr.targets[e]!] !== planted[i]) outside += csr.weights[e]!;
      }
    }
    expect(total / 2).toBe(16000);
    expect(outside / total).toBeGreaterThan(0.23);
    expect(outside / total).toBeLessThan(0.27);
    // With little mixing the planted partition itself has high modularity.
    expect(modularity(csr, planted)).toBeGreaterThan(0.7);
  });

  it("rejects impossible settings, naming the module", () => {
    expect(() => plantedPartition({ mixing: 1.5 })).toThrow(/planted-partition: option "mixing"/);
    expect(() => plantedPartition({ minSize: 50, maxSize: 10 })).toThrow(
      /planted-partition: option "maxSize"/,
    );
  });
});
