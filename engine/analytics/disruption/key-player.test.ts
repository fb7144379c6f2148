import { describe, expect, it } from "vitest";
import { csrFromEdges, type Csr } from "../csr.ts";
import { connectedComponents, fragmentation } from "./components.ts";
import { keyPlayers } from "./key-player.ts";
import { REFERENCE_SETS, loadReference } from "./reference-fixture.ts";

/** Fragmentation without the given nodes, recomputed from scratch. */
function fragmentationWithout(csr: Csr, removed: readonly number[]): number {
  const alive = new Uint8Array(csr.nodeCount).fill(1);
  for (const v of removed) alive[v] = 0;
  return fragmentation(connectedComponents(csr, alive));
}

/** Best fragmentation over every k-set, by enumeration. */
function bruteForce(csr: Csr, k: number): number {
  let best = -Infinity;
  const set: number[] = [];
  const visit = (from: number) => {
    if (set.length === k) {
      best = Math.max(best, fragmentationWithout(csr, set));
      return;
    }
    for (let v = from; v < csr.nodeCount; v++) {
      set.push(v);
      visit(v + 1);
      set.pop();
    }
  };
  visit(0);
  return best;
}

const clique = (prefix: string, size: number) =>
  Array.from({ length: size }, (_, i) =>
    Array.from({ length: size - i - 1 }, (_, j) => ({
      source: `${prefix}${i}`,
      target: `${prefix}${i + j + 1}`,
    })),
  ).flat();

describe("keyPlayers on hand-made networks", () => {
  it("picks the node joining two cliques", () => {
    const csr = csrFromEdges([
      ...clique("a", 5),
      ...clique("b", 5),
      { source: "a0", target: "c" },
      { source: "c", target: "b0" },
    ]);
    const result = keyPlayers(csr, { k: 1 });
    expect(result.ids).toEqual(["c"]);
    // Two components of 5 among the 10 left: 1 - 2 * 20 / 90.
    expect(result.fragmentation).toBeCloseTo(5 / 9, 15);
  });

  it("swaps out of the greedy trap on a path", () => {
    // 0-1-2-3-4-5-6: greedy takes the centre 3 first and ends at pairs 6;
    // the optimum (e.g. 1 and 4) leaves pieces of 1, 2, 2 (pairs 4).
    const csr = csrFromEdges(
      Array.from({ length: 6 }, (_, i) => ({ source: `${i}`, target: `${i + 1}` })),
    );
    const greedy = keyPlayers(csr, { k: 2, maxSwapRounds: 0 });
    expect(greedy.ids[0]).toBe("3");
    expect(greedy.fragmentation).toBeCloseTo(1 - 6 / 20, 15);
    expect(greedy.swapRounds).toBe(0);
    const improved = keyPlayers(csr, { k: 2 });
    expect(improved.greedyFragmentation).toBe(greedy.fragmentation);
    expect(improved.fragmentation).toBeCloseTo(1 - 4 / 20, 15);
    expect(improved.fragmentation).toBeCloseTo(bruteForce(csr, 2), 15);
    expect(improved.swaps).toBeGreaterThan(0);
  });

  it("breaks ties by the lower index and handles k = 0 and k = n", () => {
    const csr = csrFromEdges(clique("k", 4));
    expect(keyPlayers(csr, { k: 2 }).ids).toEqual(["k0", "k1"]);
    expect(keyPlayers(csr, { k: 0 })).toMatchObject({ ids: [], fragmentation: 0 });
    expect(keyPlayers(csr, { k: 4 }).fragmentation).toBe(1);
  });

  it("validates its options", () => {
    const csr = csrFromEdges(clique("k", 3));
    expect(() => keyPlayers(csr, { k: 4 })).toThrow(/disruption\/key-player: k must/);
    expect(() => keyPlayers(csr, { k: 1.5 })).toThrow(/k must/);
    expect(() => keyPlayers(csr, { k: 1, maxSwapRounds: -1 })).toThrow(/maxSwapRounds/);
  });
});

describe.each(REFERENCE_SETS)("keyPlayers on %s against networkx", (set) => {
  const { csr, reference } = loadReference(set);

  it("greedy picks and fragmentation for k = 1..5", () => {
    const expected = reference.greedyKeyPlayers;
    expected.fragmentation.forEach((value, i) => {
      const result = keyPlayers(csr, { k: i + 1, maxSwapRounds: 0 });
      expect(result.ids).toEqual(expected.ids.slice(0, i + 1));
      expect(result.fragmentation).toBeCloseTo(value, 12);
    });
  });

  it.each(reference.bruteForceKeyPlayers ?? [])(
    "with swaps, never worse than greedy nor better than the optimum, k = $k",
    ({ k, fragmentation: optimum, sets }) => {
      const result = keyPlayers(csr, { k });
      expect(result.fragmentation).toBeGreaterThanOrEqual(result.greedyFragmentation);
      expect(result.fragmentation).toBeLessThanOrEqual(optimum + 1e-12);
      expect(fragmentationWithout(csr, result.indices)).toBeCloseTo(result.fragmentation, 15);
      if (k <= 2) {
        expect(result.fragmentation).toBeCloseTo(optimum, 12);
        expect(sets).toContainEqual(
          [...result.ids].sort((a, b) => csr.ids.indexOf(a) - csr.ids.indexOf(b)),
        );
      }
    },
  );
});

describe("brute force helper agrees with networkx on karate", () => {
  it("k = 1, 2", () => {
    const { csr, reference } = loadReference("karate");
    for (const { k, fragmentation: optimum } of reference.bruteForceKeyPlayers!.slice(0, 2)) {
      expect(bruteForce(csr, k)).toBeCloseTo(optimum, 12);
    }
  });
});
