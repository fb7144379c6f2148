import { describe, expect, it } from "vitest";
import { PERSON_NETWORK_DEFAULTS, personNetwork } from "../network/index.ts";
import { rowNameOf, tinyWorld } from "../network/test/tiny-world.ts";
import { arcBetween, arcEvidence, directedNetwork, type DirectedNetwork } from "./index.ts";

const arcOf = (directed: DirectedNetwork, from: string, to: string) => {
  const arc = arcBetween(
    directed.csr,
    directed.csr.ids.indexOf(from),
    directed.csr.ids.indexOf(to),
  );
  return arc < 0 ? null : arcEvidence(directed, arc);
};

describe("directedNetwork on the tiny world (network/test/tiny-world.ts)", () => {
  it("runs calls from caller to callee and transfers from sender to receiver", async () => {
    const world = await tinyWorld();
    const directed = directedNetwork(personNetwork(world));
    // P1 called P2 three times and paid EUR 100; P2 called P1 once and paid EUR 50; both in case C1.
    const p1p2 = arcOf(directed, "P1", "P2")!;
    expect(p1p2.kinds).toEqual({ call: 3, transfer: 1, same_case: 1 });
    expect(p1p2.amounts).toEqual({ EUR: 100 });
    expect(p1p2.first).toBe("2024-01-05");
    expect(p1p2.last).toBe("2024-02-01");
    const p2p1 = arcOf(directed, "P2", "P1")!;
    expect(p2p1.kinds).toEqual({ call: 1, transfer: 1, same_case: 1 });
    expect(p2p1.amounts).toEqual({ EUR: 50 });
    expect(p2p1.records.map((key) => rowNameOf(world, key)).sort()).toEqual(
      ["T2", "calls:3", "case_involvement:1", "case_involvement:2"].sort(),
    );
    // The company paid P1; P1 called the phone P3 and P4 share; P5 paid P2.
    expect(arcOf(directed, "O1", "P1")!.amounts).toEqual({ USD: 1000 });
    expect(arcOf(directed, "P1", "O1")).toBeNull();
    expect(arcOf(directed, "P1", "P3")!.kinds).toEqual({ call: 1 });
    expect(arcOf(directed, "P3", "P1")).toBeNull();
    expect(arcOf(directed, "P4", "P1")).toBeNull();
    expect(arcOf(directed, "P5", "P2")!.kinds).toEqual({ transfer: 1 });
    expect(arcOf(directed, "P2", "P5")).toBeNull();
  });

  it("keeps kinds without a direction both ways", async () => {
    const directed = directedNetwork(personNetwork(await tinyWorld()));
    for (const [x, y, kind] of [
      ["P3", "P4", "shared_phone"],
      ["P3", "O1", "same_case"],
      ["P1", "P5", "same_route_day"],
      ["P4", "P5", "association"],
    ] as const) {
      expect(arcOf(directed, x, y)!.kinds).toEqual({ [kind]: 1 });
      expect(arcOf(directed, y, x)!.kinds).toEqual({ [kind]: 1 });
    }
    // 9 ties: 4 one way only (P1→P3, P1→P4, O1→P1, P5→P2), 5 both ways.
    expect(directed.csr.arcCount).toBe(4 + 2 * 5);
  });

  it("weighs an arc by the undirected rule on the evidence that runs its way", async () => {
    const directed = directedNetwork(personNetwork(await tinyWorld()));
    const w = PERSON_NETWORK_DEFAULTS.weights;
    expect(arcOf(directed, "P1", "P2")!.weight).toBeCloseTo(
      w.call * Math.log2(4) + w.transfer * Math.log2(2) + w.same_case,
      12,
    );
    expect(arcOf(directed, "P2", "P1")!.weight).toBeCloseTo(w.call + w.transfer + w.same_case, 12);
    // Both indexes hold the same arcs with the same weights.
    const { out, inArc } = directed.csr;
    for (let v = 0; v < directed.csr.nodeCount; v++) {
      for (let k = directed.csr.in.offsets[v]!; k < directed.csr.in.offsets[v + 1]!; k++) {
        const arc = inArc[k]!;
        expect(out.targets[arc]).toBe(v);
        expect(out.weights[arc]).toBe(directed.csr.in.weights[k]);
        expect(arcBetween(directed.csr, directed.csr.in.targets[k]!, v)).toBe(arc);
      }
    }
  });
});
