import { describe, expect, it } from "vitest";
import { csrFromEdges } from "../csr.ts";
import { degreeRanker, rankOnInduced } from "./rankers.ts";
import { REFERENCE_SETS, loadReference, type ReferenceStep } from "./reference-fixture.ts";
import { simulateDisruption, topAlive, type DisruptionStep } from "./simulate.ts";

function expectCurve(actual: DisruptionStep[], expected: ReferenceStep[]) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((step, i) => {
    const reference = expected[i]!;
    expect(step.step).toBe(reference.step);
    expect(step.removed).toEqual(reference.removed);
    expect(step.lcc).toBe(reference.lcc);
    expect(step.components).toBe(reference.components);
    expect(step.fragmentation).toBeCloseTo(reference.fragmentation, 12);
    expect(step.lccFraction).toBeCloseTo(reference.lccFraction, 12);
  });
}

const degree = { kind: "ranking", rank: degreeRanker, label: "degree" } as const;

describe.each(REFERENCE_SETS)("simulateDisruption on %s against networkx", (set) => {
  const { csr, reference } = loadReference(set);

  it("sequential degree attack, recomputed after each removal, to the last node", () => {
    const result = simulateDisruption(csr, { strategy: degree, steps: csr.nodeCount });
    expect(result.strategy).toBe("degree");
    expect(result.perStep).toBe(1);
    expect(result.lcc0).toBe(reference.intact.lcc);
    expectCurve(result.steps, reference.degreeSequential);
  });

  it("the same attack through rankOnInduced", () => {
    const inducedDegree = rankOnInduced((sub) =>
      Float64Array.from({ length: sub.nodeCount }, (_, i) => sub.offsets[i + 1]! - sub.offsets[i]!),
    );
    const result = simulateDisruption(csr, {
      strategy: { kind: "ranking", rank: inducedDegree, label: "degree (induced)" },
      steps: csr.nodeCount,
    });
    expectCurve(result.steps, reference.degreeSequential);
  });

  it("block degree attack", () => {
    const { blockSize, steps } = reference.degreeBlock;
    const result = simulateDisruption(csr, {
      strategy: degree,
      mode: "block",
      blockSize,
      steps: csr.nodeCount,
    });
    expect(result.perStep).toBe(blockSize);
    expectCurve(result.steps, steps);
  });

  it("given ids, one by one and in blocks, by default until the list is spent", () => {
    const strategy = { kind: "ids", ids: reference.givenIds.ids } as const;
    expectCurve(simulateDisruption(csr, { strategy }).steps, reference.givenIds.sequential);
    const { blockSize, steps } = reference.givenIds.block;
    expectCurve(simulateDisruption(csr, { strategy, mode: "block", blockSize }).steps, steps);
  });

  it("stops after the requested steps", () => {
    const result = simulateDisruption(csr, { strategy: degree, mode: "block", steps: 2 });
    expect(result.steps.length).toBe(3);
    expectCurve(result.steps, reference.degreeBlock.steps.slice(0, 3));
    expect(simulateDisruption(csr, { strategy: degree }).steps.length).toBe(11);
  });
});

describe("simulateDisruption, hand-made", () => {
  // A star around "hub" and a separate pair.
  const csr = csrFromEdges(
    ["x", "y", "z"]
      .map((leaf) => ({ source: "hub", target: leaf }))
      .concat([{ source: "p", target: "q" }]),
  );

  it("reports the intact network as step 0", () => {
    const [intact] = simulateDisruption(csr, { strategy: { kind: "ids", ids: [] } }).steps;
    expect(intact).toEqual({
      step: 0,
      removed: [],
      lcc: 4,
      lccFraction: 1,
      components: 2,
      fragmentation: 1 - (12 + 2) / 30,
    });
  });

  it("removing the hub shatters the star", () => {
    const [, after] = simulateDisruption(csr, { strategy: degree, steps: 1 }).steps;
    expect(after!.removed).toEqual(["hub"]);
    expect(after!.lcc).toBe(2);
    expect(after!.lccFraction).toBe(0.5);
    expect(after!.components).toBe(4);
    expect(after!.fragmentation).toBeCloseTo(1 - 2 / 20, 15);
  });

  it("validates its options", () => {
    expect(() => simulateDisruption(csr, { strategy: { kind: "ids", ids: ["nobody"] } })).toThrow(
      /disruption\/simulate: unknown node id nobody/,
    );
    expect(() => simulateDisruption(csr, { strategy: { kind: "ids", ids: ["x", "x"] } })).toThrow(
      /listed twice/,
    );
    expect(() =>
      simulateDisruption(csr, { strategy: degree, mode: "block", blockSize: 0 }),
    ).toThrow(/blockSize/);
    expect(() => simulateDisruption(csr, { strategy: degree, steps: -1 })).toThrow(/steps/);
    expect(() =>
      simulateDisruption(csr, {
        strategy: { kind: "ranking", rank: () => new Float64Array(1), label: "bad" },
      }),
    ).toThrow(/ranking returned 1 scores/);
  });
});

describe("topAlive", () => {
  it("orders by higher score, then lower index, skipping removed nodes", () => {
    const scores = Float64Array.from([2, 5, 5, 1, 5, 9]);
    const alive = Uint8Array.from([1, 1, 1, 1, 1, 0]);
    expect(topAlive(scores, alive, 1)).toEqual([1]);
    expect(topAlive(scores, alive, 3)).toEqual([1, 2, 4]);
    expect(topAlive(scores, alive, 10)).toEqual([1, 2, 4, 0, 3]);
  });

  it("rejects NaN scores", () => {
    expect(() => topAlive(Float64Array.from([1, NaN]), Uint8Array.from([1, 1]), 1)).toThrow(/NaN/);
  });
});
