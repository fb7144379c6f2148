import { describe, expect, it } from "vitest";
import { csrFromEdges } from "../csr.ts";
import { communityParts, disconnectedCommunities } from "./connected.ts";

// Path a-b-c-d plus the separate edge e-f; node indices follow first appearance: a0 b1 c2 d3 e4 f5.
const graph = csrFromEdges(
  [
    ["a", "b"],
    ["b", "c"],
    ["c", "d"],
    ["e", "f"],
  ].map(([source, target]) => ({ source: source!, target: target! })),
);

describe("community connectivity", () => {
  it("splits a community into its connected parts within the community", () => {
    // Community 0 = {a, b, d}: d is reachable from b only through c, which is elsewhere.
    // Community 1 = {c, e, f}: e-f is one part, c another.
    const { parts, count } = communityParts(graph, [0, 0, 1, 0, 1, 1]);
    expect(count).toBe(4);
    expect(Array.from(parts)).toEqual([0, 0, 1, 2, 3, 3]);
    expect(disconnectedCommunities(graph, [0, 0, 1, 0, 1, 1])).toEqual([0, 1]);
  });

  it("finds nothing to split in a partition of connected communities", () => {
    expect(disconnectedCommunities(graph, [0, 0, 1, 1, 2, 2])).toEqual([]);
    expect(communityParts(graph, [0, 0, 1, 1, 2, 2]).count).toBe(3);
  });

  it("rejects labels that do not fit the graph", () => {
    expect(() => communityParts(graph, [0, 0])).toThrow(/communities: 2 labels for 6 nodes/);
  });
});
