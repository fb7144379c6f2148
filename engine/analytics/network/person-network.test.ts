import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createEntityGraph } from "../../model/index.ts";
import { EvidenceItems } from "./evidence-items.ts";
import { expandGroup } from "./expand-group.ts";
import { parseEdgeList, personNetworkFromEdgeList } from "./edge-list.ts";
import { PERSON_NETWORK_DEFAULTS, resolvePersonNetworkOptions } from "./options.ts";
import { personNetwork, tieBetween, type PersonNetwork } from "./person-network.ts";
import { tieEvidence } from "./tie-evidence.ts";
import { actorTies } from "./actor-ties.ts";
import { rowNameOf, tinyWorld } from "./test/tiny-world.ts";

const evidenceOf = (network: PersonNetwork, x: string, y: string) => {
  const tie = tieBetween(network, network.csr.ids.indexOf(x), network.csr.ids.indexOf(y));
  return tie < 0 ? null : tieEvidence(network, tie);
};

describe("personNetwork", () => {
  it("counts the evidence of each tie as found by hand in the records", async () => {
    const world = await tinyWorld();
    const network = personNetwork(world);
    expect(network.csr.ids).toEqual(["P1", "P2", "P3", "P4", "P5", "O1"]);
    const p1p2 = evidenceOf(network, "P1", "P2")!;
    // 4 calls either way, 2 transfers, case C1; different days on R1 do not count.
    expect(p1p2.kinds).toEqual({ call: 4, transfer: 2, same_case: 1 });
    expect(p1p2.amounts).toEqual({ EUR: 150 });
    expect(p1p2.first).toBe("2024-01-03");
    expect(p1p2.last).toBe("2024-02-01");
    expect(p1p2.records.map((key) => rowNameOf(world, key)).sort()).toEqual(
      [
        "calls:1",
        "calls:2",
        "calls:3",
        "calls:4",
        "T1",
        "T2",
        "case_involvement:1",
        "case_involvement:2",
      ].sort(),
    );
    // The call to the shared phone PH3 ties P1 to both its users.
    expect(evidenceOf(network, "P1", "P3")!.kinds).toEqual({ call: 1 });
    expect(evidenceOf(network, "P1", "P4")!.kinds).toEqual({ call: 1 });
    expect(evidenceOf(network, "P3", "P4")!.kinds).toEqual({ shared_phone: 1 });
    expect(evidenceOf(network, "P3", "O1")!.kinds).toEqual({ same_case: 1 });
    expect(evidenceOf(network, "P1", "O1")!.amounts).toEqual({ USD: 1000 });
    expect(evidenceOf(network, "P1", "P5")!.kinds).toEqual({ same_route_day: 1 });
    expect(evidenceOf(network, "P4", "P5")!.kinds).toEqual({ association: 1 });
    expect(evidenceOf(network, "P2", "P5")!.kinds).toEqual({ transfer: 1 });
    expect(evidenceOf(network, "P2", "P3")).toBeNull();
    // P1–P2, P1–P3, P1–P4, P3–P4, P3–O1, P1–O1, P1–P5, P4–P5, P2–P5.
    expect(network.csr.edgeCount).toBe(9);
  });

  it("lists one actor's ties with the evidence the network keeps, heaviest first", async () => {
    const network = personNetwork(await tinyWorld());
    const ties = actorTies(network, network.csr.ids.indexOf("P1"));
    // P1 is tied to P2, P3, P4, O1 and P5 (the first test counts them by hand).
    expect(ties.map((tie) => tie.other).sort()).toEqual(["O1", "P2", "P3", "P4", "P5"]);
    for (const tie of ties)
      expect(tie).toEqual({ ...evidenceOf(network, "P1", tie.other), other: tie.other });
    const weights = ties.map((tie) => tie.weight);
    expect(weights).toEqual([...weights].sort((x, y) => y - x));
    expect(ties[0]!.other).toBe("P2");
  });

  it("weighs each kind by its default weight with diminishing returns", async () => {
    const network = personNetwork(await tinyWorld());
    const w = PERSON_NETWORK_DEFAULTS.weights;
    const p1p2 = evidenceOf(network, "P1", "P2")!;
    expect(p1p2.weight).toBeCloseTo(
      w.call * Math.log2(5) + w.transfer * Math.log2(3) + w.same_case,
      12,
    );
    // The index carries the same weight from both ends.
    const i = network.csr.ids.indexOf("P1");
    const j = network.csr.ids.indexOf("P2");
    const weightFrom = (x: number, y: number) => {
      for (let k = network.csr.offsets[x]!; k < network.csr.offsets[x + 1]!; k++)
        if (network.csr.targets[k] === y) return network.csr.weights[k];
      return undefined;
    };
    expect(weightFrom(i, j)).toBe(p1p2.weight);
    expect(weightFrom(j, i)).toBe(p1p2.weight);
  });

  it("a kind weighted 0 is left out altogether", async () => {
    const network = personNetwork(await tinyWorld(), { weights: { call: 0 } });
    expect(evidenceOf(network, "P1", "P3")).toBeNull();
    expect(evidenceOf(network, "P1", "P2")!.kinds).toEqual({ transfer: 2, same_case: 1 });
  });

  it("keeps neighbours sorted in the index", async () => {
    const { csr } = personNetwork(await tinyWorld());
    for (let v = 0; v < csr.nodeCount; v++) {
      for (let k = csr.offsets[v]! + 1; k < csr.offsets[v + 1]!; k++) {
        expect(csr.targets[k]!).toBeGreaterThan(csr.targets[k - 1]!);
      }
    }
  });

  it("ties a large case through its most-evidenced hubs, not as a clique", () => {
    const graph = createEntityGraph();
    const base = {
      classification: "restricted",
      provenance_file: "x",
      provenance_line: 1,
    } as const;
    graph.addNode("C", { ...base, type: "case", label: "C", crime_type: "other" });
    for (let i = 0; i < 100; i++) {
      graph.addNode(`P${i}`, { ...base, type: "person", label: `P${i}` });
      graph.addDirectedEdgeWithKey(`inv:${i}`, `P${i}`, "C", { ...base, type: "involved_in" });
    }
    // P50 and P60 have other evidence: they become hubs with P0 (first in order).
    graph.addDirectedEdgeWithKey("as:1", "P50", "P60", { ...base, type: "associated_with" });
    const network = personNetwork(graph, { groupCliqueLimit: 25, groupHubs: 3 });
    const hubs = ["P50", "P60", "P0"].map((id) => network.csr.ids.indexOf(id));
    // 3 hub pairs + 97 others × 3 hubs.
    expect(network.csr.edgeCount).toBe(3 + 97 * 3);
    for (const hub of hubs) {
      expect(network.csr.offsets[hub + 1]! - network.csr.offsets[hub]!).toBe(99);
    }
    expect(evidenceOf(network, "P1", "P2")).toBeNull();
    expect(evidenceOf(network, "P1", "P0")!.kinds).toEqual({ same_case: 1 });
  });

  it("expands a small group into every pair with strength 1/(g-1)", () => {
    const items = new EvidenceItems();
    const options = resolvePersonNetworkOptions();
    const members = [0, 1, 2, 3].map((actor) => ({ actor, record: actor }));
    expandGroup(items, { kind: "same_case", members }, options);
    expect(items.length).toBe(6);
    expect(items.strength[0]).toBeCloseTo(1 / 3, 15);
  });

  it("rejects unknown options by name", () => {
    expect(() => resolvePersonNetworkOptions({ weights: { phonecall: 1 } as never })).toThrow(
      /unknown name "phonecall" in option "weights"/,
    );
    expect(() => resolvePersonNetworkOptions({ groupHubs: 0 })).toThrow(/groupHubs/);
  });
});

describe("personNetworkFromEdgeList", () => {
  it("reads karate as the reference graph: same degrees", () => {
    const text = readFileSync(
      new URL("../../../fixtures/reference/karate/karate_edges.csv", import.meta.url),
      "utf8",
    );
    const network = personNetworkFromEdgeList(parseEdgeList(text));
    const reference = JSON.parse(
      readFileSync(
        new URL("../../../fixtures/reference/karate/reference.json", import.meta.url),
        "utf8",
      ),
    ) as { full: { degree: Record<string, number> } };
    expect(network.csr.nodeCount).toBe(34);
    expect(network.csr.edgeCount).toBe(78);
    for (const [id, degree] of Object.entries(reference.full.degree)) {
      const i = network.csr.ids.indexOf(id);
      expect(network.csr.offsets[i + 1]! - network.csr.offsets[i]!).toBe(degree);
    }
  });

  it("sums parallel rows, drops self-loops and names bad lines", () => {
    const network = personNetworkFromEdgeList(parseEdgeList("a,b,2\nb,a,0.5\nc,c\n"));
    expect(network.csr.edgeCount).toBe(1);
    expect(network.csr.weights[0]).toBe(2.5);
    expect(tieEvidence(network, 0).records).toEqual(["line:1", "line:2"]);
    expect(() => parseEdgeList("source,target\na,b,x\n", "e.csv")).toThrow(/e.csv:2: weight/);
  });
});
