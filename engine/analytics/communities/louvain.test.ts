import { describe, expect, it } from "vitest";
import { csrFromEdges } from "../csr.ts";
import type { Csr } from "../csr.ts";
import { disconnectedCommunities } from "./connected.ts";
import { COMMUNITY_DEFAULTS, louvain } from "./louvain.ts";
import { normalizedMutualInformation } from "./nmi.ts";
import { plantedPartition } from "./planted-partition.ts";
import { loadCommunityReferences } from "./reference-fixtures.ts";

const references = loadCommunityReferences();
const karate = references.find((set) => set.name === "karate")!.csr;

/**
 * Modularity straight from its definition, (1/2m) Σ_ij (A_ij − γ k_i k_j / 2m) δ(c_i, c_j)
 * over all node pairs: quadratic, and sharing no code with modularity.ts.
 */
function modularityByDefinition(csr: Csr, labels: Int32Array, resolution = 1): number {
  const n = csr.nodeCount;
  const adjacency = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let e = csr.offsets[i]!; e < csr.offsets[i + 1]!; e++) {
      adjacency[i]![csr.targets[e]!] = csr.weights[e]!;
    }
  }
  const strength = adjacency.map((row) => row.reduce((sum, w) => sum + w, 0));
  const twoM = strength.reduce((sum, k) => sum + k, 0);
  let q = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (labels[i] === labels[j]) {
        q += adjacency[i]![j]! - (resolution * strength[i]! * strength[j]!) / twoM;
      }
    }
  }
  return q / twoM;
}

function sizesOf(labels: Int32Array, count: number): number[] {
  const sizes = new Array<number>(count).fill(0);
  for (const label of labels) sizes[label]!++;
  return sizes;
}

describe("louvain", () => {
  it("reaches at least the worst networkx/igraph Louvain modularity on every reference network", () => {
    for (const set of references) {
      for (let seed = 1; seed <= 5; seed++) {
        const result = louvain(set.csr, { seed });
        const label = `${set.name}, seed ${seed}`;
        expect(result.modularity, label).toBeGreaterThanOrEqual(set.minimum);
        expect(disconnectedCommunities(set.csr, result.communities), label).toEqual([]);
        expect(result.modularity, label).toBeCloseTo(
          modularityByDefinition(set.csr, result.communities),
          12,
        );
      }
    }
  });

  it("finds karate's optimal partition or one within 0.01 of it (> 0.41)", () => {
    for (let seed = 1; seed <= 10; seed++) {
      expect(louvain(karate, { seed }).modularity).toBeGreaterThan(0.41);
    }
  });

  it("numbers communities 0..count-1 by decreasing size, ties by smallest node index", () => {
    const csr = references.find((set) => set.name === "montagna meetings")!.csr;
    const { communities, count } = louvain(csr, { seed: 3 });
    const sizes = sizesOf(communities, count);
    const firstNode = Array.from({ length: count }, (_, c) => communities.indexOf(c));
    for (let c = 1; c < count; c++) {
      expect(sizes[c - 1]).toBeGreaterThanOrEqual(sizes[c]!);
      if (sizes[c - 1] === sizes[c]) expect(firstNode[c - 1]).toBeLessThan(firstNode[c]!);
    }
  });

  it("gives the same partition for the same seed", () => {
    const csr = references.find((set) => set.name === "french_connection")!.csr;
    const first = louvain(csr, { seed: 11 });
    const again = louvain(csr, { seed: 11 });
    expect(Array.from(again.communities)).toEqual(Array.from(first.communities));
    expect(again.modularity).toBe(first.modularity);
  });

  it("recovers a planted partition (NMI >= 0.9)", () => {
    for (const seed of [1, 2, 3]) {
      const { csr, planted } = plantedPartition({
        nodes: 3000,
        averageDegree: 10,
        mixing: 0.3,
        minSize: 20,
        maxSize: 80,
        seed,
      });
      const result = louvain(csr, { seed });
      expect(normalizedMutualInformation(result.communities, planted)).toBeGreaterThanOrEqual(0.9);
      expect(disconnectedCommunities(csr, result.communities)).toEqual([]);
    }
  });

  it("reports modularity at the requested resolution, with more communities as it rises", () => {
    const counts = [0.5, 1, 2].map((resolution) => {
      const result = louvain(karate, { resolution });
      expect(result.modularity).toBeCloseTo(
        modularityByDefinition(karate, result.communities, resolution),
        12,
      );
      return result.count;
    });
    expect(counts[0]).toBeLessThan(counts[1]!);
    expect(counts[1]).toBeLessThan(counts[2]!);
  });

  it("returns connected communities from plain Louvain too (refine: false)", () => {
    for (const set of references) {
      const result = louvain(set.csr, { refine: false, seed: 2 });
      expect(disconnectedCommunities(set.csr, result.communities), set.name).toEqual([]);
    }
  });

  it("keeps separate components apart and handles graphs without edges", () => {
    const pairs = csrFromEdges(
      [
        ["a", "b"],
        ["c", "d"],
      ].map(([source, target]) => ({ source: source!, target: target! })),
      ["lonely"],
    );
    const result = louvain(pairs);
    // "lonely" is index 0 and alone; a-b and c-d are two communities of two.
    expect(Array.from(result.communities)).toEqual([2, 0, 0, 1, 1]);
    expect(result.modularity).toBeCloseTo(0.5, 14);

    const empty = louvain(csrFromEdges([], ["x", "y"]));
    expect(Array.from(empty.communities)).toEqual([0, 1]);
    expect(empty.modularity).toBe(0);
    expect(louvain(csrFromEdges([])).count).toBe(0);
  });

  it("rejects invalid options, naming the module", () => {
    expect(COMMUNITY_DEFAULTS.resolution).toBe(1);
    expect(() => louvain(karate, { resolution: 0 })).toThrow(/louvain: option "resolution"/);
    expect(() => louvain(karate, { seed: 1.5 })).toThrow(/louvain: option "seed"/);
    expect(() => louvain(karate, { maxLevels: 0 })).toThrow(/louvain: option "maxLevels"/);
    expect(() => louvain(karate, { tolerance: -1 })).toThrow(/louvain: option "tolerance"/);
  });
});
