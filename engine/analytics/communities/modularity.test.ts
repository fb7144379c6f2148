import { describe, expect, it } from "vitest";
import { csrFromEdges } from "../csr.ts";
import { modularity } from "./modularity.ts";
import { loadCommunityReferences } from "./reference-fixtures.ts";

// Two triangles joined by one edge: m = 7, each triangle holds 3 edges and strength 7.
const twoTriangles = csrFromEdges(
  [
    ["a", "b"],
    ["b", "c"],
    ["a", "c"],
    ["d", "e"],
    ["e", "f"],
    ["d", "f"],
    ["c", "d"],
  ].map(([source, target]) => ({ source: source!, target: target! })),
);

describe("modularity", () => {
  it("matches the value worked by hand on two joined triangles", () => {
    // Q = 2 (6/14 - (7/14)^2) = 5/14; with resolution 1/2 the penalty halves.
    expect(modularity(twoTriangles, [0, 0, 0, 1, 1, 1])).toBeCloseTo(5 / 14, 14);
    expect(modularity(twoTriangles, [0, 0, 0, 1, 1, 1], { resolution: 0.5 })).toBeCloseTo(
      12 / 14 - 0.25,
      14,
    );
    // One community: everything inside, penalty 1.
    expect(modularity(twoTriangles, [0, 0, 0, 0, 0, 0])).toBeCloseTo(0, 14);
  });

  it("equals networkx's modularity of its own seed-42 partitions on the reference networks", () => {
    for (const set of loadCommunityReferences()) {
      expect(modularity(set.csr, set.seed42.labels), set.name).toBeCloseTo(
        set.seed42.modularity,
        9,
      );
    }
  });

  it("is 0 on a graph without edges", () => {
    expect(modularity(csrFromEdges([], ["x", "y"]), [0, 1])).toBe(0);
  });

  it("rejects labels that do not describe a partition of the nodes", () => {
    expect(() => modularity(twoTriangles, [0, 0, 0])).toThrow(/modularity: 3 labels for 6 nodes/);
    expect(() => modularity(twoTriangles, [0, 0, 0, 1, 1, -1])).toThrow(/modularity: label/);
    expect(() => modularity(twoTriangles, [0, 0, 0, 1, 1, 0.5])).toThrow(/modularity: label/);
    expect(() => modularity(twoTriangles, [0, 0, 0, 1, 1, 1], { resolution: -1 })).toThrow(
      /modularity: option "resolution"/,
    );
  });
});
