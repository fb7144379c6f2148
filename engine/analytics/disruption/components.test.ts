import { describe, expect, it } from "vitest";
import { csrFromEdges } from "../csr.ts";
import {
  connectedComponents,
  fragmentation,
  fragmentationFromPairs,
  reachablePairs,
} from "./components.ts";
import { REFERENCE_SETS, loadReference } from "./reference-fixture.ts";

const edges = (pairs: [string, string][]) => pairs.map(([source, target]) => ({ source, target }));

describe("connectedComponents", () => {
  // a-b-c  d-e  f (isolate)
  const csr = csrFromEdges(
    edges([
      ["a", "b"],
      ["b", "c"],
      ["d", "e"],
    ]),
    ["a", "b", "c", "d", "e", "f"],
  );

  it("finds components, numbered by their lowest node", () => {
    const components = connectedComponents(csr);
    expect(Array.from(components.componentOf)).toEqual([0, 0, 0, 1, 1, 2]);
    expect(Array.from(components.sizes)).toEqual([3, 2, 1]);
    expect(components.count).toBe(3);
    expect(components.largest).toBe(3);
    expect(components.aliveCount).toBe(6);
  });

  it("ignores removed nodes and their edges", () => {
    const alive = Uint8Array.from([1, 0, 1, 1, 1, 0]);
    const components = connectedComponents(csr, alive);
    expect(Array.from(components.componentOf)).toEqual([0, -1, 1, 2, 2, -1]);
    expect(Array.from(components.sizes)).toEqual([1, 1, 2]);
    expect(components.largest).toBe(2);
    expect(components.aliveCount).toBe(4);
  });

  it("handles nothing alive", () => {
    const components = connectedComponents(csr, new Uint8Array(6));
    expect(components.count).toBe(0);
    expect(components.largest).toBe(0);
    expect(fragmentation(components)).toBe(1);
  });

  it("rejects a mask of the wrong length", () => {
    expect(() => connectedComponents(csr, new Uint8Array(2))).toThrow(/disruption\/components/);
  });

  it("walks a long chain without recursion", () => {
    const n = 300_000;
    const chain = Array.from({ length: n - 1 }, (_, i) => ({ source: `${i}`, target: `${i + 1}` }));
    const components = connectedComponents(csrFromEdges(chain));
    expect(components.count).toBe(1);
    expect(components.largest).toBe(n);
  });
});

describe("fragmentation", () => {
  it("follows Borgatti's formula over the alive nodes", () => {
    // Components of sizes 3, 2, 1 among 6 nodes: 1 - (6 + 2 + 0) / 30.
    expect(fragmentationFromPairs(reachablePairs([3, 2, 1]), 6)).toBeCloseTo(1 - 8 / 30, 15);
    expect(fragmentationFromPairs(reachablePairs([4]), 4)).toBe(0);
    expect(fragmentationFromPairs(reachablePairs([1, 1, 1]), 3)).toBe(1);
    expect(fragmentationFromPairs(0, 1)).toBe(1);
  });

  it.each(REFERENCE_SETS)("matches networkx on the intact %s network", (set) => {
    const { csr, reference } = loadReference(set);
    expect(csr.ids).toEqual(reference.nodeOrder);
    const components = connectedComponents(csr);
    expect(components.largest).toBe(reference.intact.lcc);
    expect(components.count).toBe(reference.intact.components);
    expect(fragmentation(components)).toBeCloseTo(reference.intact.fragmentation, 12);
  });
});
