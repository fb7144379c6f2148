import { describe, expect, it } from "vitest";
import { csrFromEdges } from "../csr.ts";
import { inducedCsr } from "./induced.ts";

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
