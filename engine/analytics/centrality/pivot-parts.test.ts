import { once } from "node:events";
import { setTimeout } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { accumulateDependencies } from "./betweenness.ts";
import {
  accumulateInParts,
  DONE,
  FAILED,
  finishSlices,
  PARTS,
  sharePivots,
  startSupervisor,
  stateOf,
} from "./pivot-parts.ts";
import { loadReferenceSet, maxAbsDifference, REFERENCE_SETS } from "./reference-fixtures.ts";

const caviar = loadReferenceSet(REFERENCE_SETS[1]);
const pivots = Uint32Array.from({ length: 40 }, (_, i) => (i * 13) % caviar.csr.nodeCount);
const DYING_WORKER = new URL("./test/dying-pivot-worker.ts", import.meta.url).href;

describe("accumulateInParts", () => {
  it("sums the same dependencies as one pass over the pivots, up to the order of addition", () => {
    for (const [weighted, linear] of [
      [false, false],
      [true, true],
    ] as const) {
      const parts = accumulateInParts(caviar.csr, pivots, weighted, linear, undefined, 1);
      const whole = accumulateDependencies(caviar.csr, pivots, weighted, linear);
      expect(maxAbsDifference(parts, whole)).toBeLessThan(1e-9);
    }
  });

  it("gives the same bits on one thread and on two", () => {
    const one = accumulateInParts(caviar.csr, pivots, true, true, undefined, 1);
    const two = accumulateInParts(caviar.csr, pivots, true, true, undefined, 2);
    expect(Array.from(two)).toEqual(Array.from(one));
  });

  it("has a worker thread run every slice into the shared columns by itself", async () => {
    const shared = sharePivots(caviar.csr, pivots, true, true);
    const supervisor = startSupervisor(shared, 1);
    expect((await once(supervisor, "exit"))[0]).toBe(0);
    for (let part = 0; part < PARTS; part++) expect(stateOf(shared, part)).toBe(DONE);
    const n = caviar.csr.nodeCount;
    const summed = new Float64Array(n);
    for (let part = 0; part < PARTS; part++) {
      for (let v = 0; v < n; v++) summed[v]! += shared.sums[part * n + v]!;
    }
    const onOneThread = accumulateInParts(caviar.csr, pivots, true, true, undefined, 1);
    expect(Array.from(summed)).toEqual(Array.from(onOneThread));
  });

  it("reruns on the calling thread the slice of a worker killed in its middle, to the same bits", async () => {
    const shared = sharePivots(caviar.csr, pivots, true, true);
    startSupervisor(shared, 1, DYING_WORKER);
    // The worker claims the first slice and dies after its first pivot; its supervisor marks the slice.
    while (stateOf(shared, 0) !== FAILED) await setTimeout(10);
    const scores = finishSlices(shared);
    const onOneThread = accumulateInParts(caviar.csr, pivots, true, true, undefined, 1);
    expect(Array.from(scores)).toEqual(Array.from(onOneThread));
  });
});
