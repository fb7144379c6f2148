import { describe, expect, it } from "vitest";
import { csrFromEdges, type Csr } from "../csr.ts";
import { createRng } from "../random.ts";
import { cutPoints } from "./cut-points.ts";
import { loadReferenceSet, REFERENCE_SETS } from "./reference-fixtures.ts";

describe("cutPoints", () => {
  const graphs: { name: string; csr: Csr }[] = [
    ...REFERENCE_SETS.map(loadReferenceSet),
    ...[1, 2, 3, 4, 5].map((seed) => ({
      name: `random sparse graph ${seed}`,
      csr: randomSparse(seed),
    })),
  ];
  for (const { name, csr } of graphs) {
    it(`agrees with removing each node and each tie on ${name}`, () => {
      const expected = bruteForce(csr);
      const result = cutPoints(csr);
      expect(Array.from(result.articulationPoints)).toEqual(expected.articulationPoints);
      expect(Array.from(result.bridges)).toEqual(expected.bridges);
      expect(Array.from(result.isArticulation).filter((flag) => flag === 1).length).toBe(
        expected.articulationPoints.length,
      );
    });
  }

  it("finds the cut points of a small hand-made graph", () => {
    // Triangle a-b-c, tail c-d-e, and a separate pair f-g:
    // c and d are articulation points; c-d, d-e and f-g are bridges.
    const csr = csrFromEdges(
      ["ab", "bc", "ca", "cd", "de", "fg"].map(([source, target]) => ({
        source: source!,
        target: target!,
      })),
    );
    const result = cutPoints(csr);
    expect(Array.from(result.articulationPoints, (i) => csr.ids[i])).toEqual(["c", "d"]);
    const bridges = Array.from(result.bridges, (i) => csr.ids[i]).join("");
    expect(bridges).toBe("cddefg");
  });

  it("handles a path of a million ties without recursion", () => {
    const n = 1_000_001;
    const offsets = new Uint32Array(n + 1);
    const targets = new Uint32Array(2 * (n - 1));
    let at = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = at;
      if (i > 0) targets[at++] = i - 1;
      if (i < n - 1) targets[at++] = i + 1;
    }
    offsets[n] = at;
    const csr: Csr = {
      nodeCount: n,
      ids: [],
      offsets,
      targets,
      weights: new Float64Array(at).fill(1),
      edgeCount: n - 1,
    };
    const result = cutPoints(csr);
    expect(result.articulationPoints.length).toBe(n - 2);
    expect(result.bridges.length / 2).toBe(n - 1);
  });
});

/** Sparse random graph with trees hanging off cycles, so it has cut points of every kind. */
function randomSparse(seed: number): Csr {
  const rng = createRng(seed);
  const n = 40;
  const edges = [];
  for (let i = 1; i < n; i++) edges.push({ source: `${i}`, target: `${Math.floor(rng() * i)}` });
  for (let extra = 0; extra < 12; extra++) {
    edges.push({ source: `${Math.floor(rng() * n)}`, target: `${Math.floor(rng() * n)}` });
  }
  // Two separate components besides the main one.
  edges.push(
    { source: "x1", target: "x2" },
    { source: "y1", target: "y2" },
    { source: "y2", target: "y3" },
  );
  return csrFromEdges(edges);
}

/** Articulation points and bridges by definition: removal raises the number of components. */
function bruteForce(csr: Csr): { articulationPoints: number[]; bridges: number[] } {
  const n = csr.nodeCount;
  const components = (skipNode: number, skipU: number, skipV: number): number => {
    const seen = new Uint8Array(n);
    let count = 0;
    for (let start = 0; start < n; start++) {
      if (seen[start] || start === skipNode) continue;
      count++;
      const stack = [start];
      seen[start] = 1;
      while (stack.length > 0) {
        const v = stack.pop()!;
        for (let k = csr.offsets[v]!; k < csr.offsets[v + 1]!; k++) {
          const w = csr.targets[k]!;
          if (w === skipNode || seen[w]) continue;
          if ((v === skipU && w === skipV) || (v === skipV && w === skipU)) continue;
          seen[w] = 1;
          stack.push(w);
        }
      }
    }
    return count;
  };
  const base = components(-1, -1, -1);
  const articulationPoints = [];
  for (let v = 0; v < n; v++) if (components(v, -1, -1) > base) articulationPoints.push(v);
  const bridges = [];
  for (let u = 0; u < n; u++) {
    for (let k = csr.offsets[u]!; k < csr.offsets[u + 1]!; k++) {
      const v = csr.targets[k]!;
      if (u < v && components(-1, u, v) > base) bridges.push(u, v);
    }
  }
  return { articulationPoints, bridges };
}
