import { describe, expect, it } from "vitest";
import { CRIME_TYPES } from "../../model/index.ts";
import { personNetwork } from "../network/index.ts";
import { tinyWorld } from "../network/test/tiny-world.ts";
import { communityCrimeTable } from "./community-crime.ts";
import { crimeBridges } from "./crime-bridges.ts";
import { crimeLinksOf, crimeReach } from "./crime-links.ts";
import { crimePairs, presentCrimeTypes } from "./crime-pairs.ts";
import { crimeTypesOf, directCrimes } from "./direct-crimes.ts";

async function setUp() {
  const graph = await tinyWorld();
  const network = personNetwork(graph);
  const direct = directCrimes(graph, network);
  const reach = crimeReach(network, direct);
  const at = (id: string) => network.csr.ids.indexOf(id);
  return { graph, network, direct, reach, at };
}

describe("crime overlaps", () => {
  it("direct crime types come from the cases each actor is involved in", async () => {
    const { direct, at } = await setUp();
    expect(crimeTypesOf(direct.mask[at("P1")]!)).toEqual(["migrant_smuggling"]);
    expect(crimeTypesOf(direct.mask[at("P3")]!)).toEqual(["drug_trafficking"]);
    expect(crimeTypesOf(direct.mask[at("O1")]!)).toEqual(["drug_trafficking"]);
    expect(crimeTypesOf(direct.mask[at("P5")]!)).toEqual([]);
    expect(direct.cases[at("P1")]).toEqual(["C1"]);
  });

  it("a witness of a case is not involved in its crime", async () => {
    const graph = await tinyWorld();
    graph.addDirectedEdgeWithKey("w", "P5", "C2", {
      type: "involved_in",
      role: "witness",
      classification: "restricted",
      provenance_file: "x",
      provenance_line: 1,
    });
    const network = personNetwork(graph);
    expect(directCrimes(graph, network).mask[network.csr.ids.indexOf("P5")]).toBe(0);
  });

  it("crime links follow the shortest, best-evidenced chain up to two hops", async () => {
    const { network, direct, reach, at } = await setUp();
    // P1 is tied to P3 (1 call) and O1 (USD 1,000 transfer); O1's tie is heavier.
    const p1 = crimeLinksOf(network, direct, reach, at("P1"));
    expect(p1).toHaveLength(1);
    expect(p1[0]).toMatchObject({ type: "drug_trafficking", hops: 1, via: ["O1"], cases: ["C2"] });
    expect(p1[0]!.evidence.kinds).toEqual({ transfer: 1 });
    expect(p1[0]!.evidence.amounts).toEqual({ USD: 1000 });
    // P5 reaches smuggling through P1 or P2 (1 hop) and drugs through P4 (shared phone with P3): 2 hops.
    const p5 = crimeLinksOf(network, direct, reach, at("P5"));
    expect(p5.map((link) => [link.type, link.hops])).toEqual([
      ["migrant_smuggling", 1],
      ["drug_trafficking", 2],
    ]);
    expect(p5[1]!.via).toEqual(["P4", "P3"]);
    expect(p5[1]!.evidence.kinds).toEqual({ association: 1, shared_phone: 1 });
    // Nothing beyond maxHops.
    const oneHop = crimeReach(network, direct, { maxHops: 1 });
    expect(crimeLinksOf(network, direct, oneHop, at("P5")).map((link) => link.type)).toEqual([
      "migrant_smuggling",
    ]);
  });

  it("tabulates communities by crime type and finds the bridge between them", async () => {
    const { network, direct, reach } = await setUp();
    // Two communities by hand: smugglers {P1, P2, P5} and the drug side {P3, P4, O1}.
    const communities = Int32Array.from(network.csr.ids, (id) =>
      ["P1", "P2", "P5"].includes(id) ? 0 : 1,
    );
    const table = communityCrimeTable(direct, reach, communities, 2);
    const k = (type: string) => CRIME_TYPES.indexOf(type as never);
    expect(table.rows[0]!.direct[k("migrant_smuggling")]).toBe(2);
    expect(table.rows[0]!.dominant).toBe("migrant_smuggling");
    expect(table.rows[1]!.direct[k("drug_trafficking")]).toBe(2);
    // P3 and P4, called by P1, and O1, which paid P1.
    expect(table.rows[1]!.linked[k("migrant_smuggling")]).toBe(3);
    expect(table.rows[1]!.dominant).toBe("drug_trafficking");
    const bridges = crimeBridges(network, reach, communities, table);
    // P1 from the smuggling side, P3 (whom P1 calls) from the drug side; P4 carries
    // both crimes only through ties and is no bridge.
    expect(bridges.map((bridge) => bridge.id)).toEqual(["P1", "P3"]);
    expect(bridges[0]).toMatchObject({
      smugglingCommunity: 0,
      otherCommunity: 1,
      otherType: "drug_trafficking",
    });
    // P1's ties into the drug side: a call each to P3 and P4, O1's transfer.
    expect(bridges[0]!.evidence.kinds).toEqual({ call: 2, transfer: 1 });
    expect(bridges[0]!.evidence.ties).toBe(3);
    // Only the two crimes of the world are columns worth showing.
    expect(presentCrimeTypes(table).map((i) => CRIME_TYPES[i])).toEqual([
      "migrant_smuggling",
      "drug_trafficking",
    ]);
  });

  it("counts the actors in each pair of crime types", async () => {
    const { graph, at } = await setUp();
    // P3 joins the smuggling case too: one actor in both crimes.
    graph.addDirectedEdgeWithKey("extra", "P3", "C1", {
      type: "involved_in",
      classification: "restricted",
      provenance_file: "x",
      provenance_line: 1,
    });
    const direct = directCrimes(graph, personNetwork(graph));
    expect(crimeTypesOf(direct.mask[at("P3")]!)).toEqual(["migrant_smuggling", "drug_trafficking"]);
    const pairs = crimePairs(direct);
    const k = (type: string) => CRIME_TYPES.indexOf(type as never);
    const [smuggling, drugs] = [k("migrant_smuggling"), k("drug_trafficking")];
    expect(pairs[smuggling]![smuggling]).toBe(3);
    expect(pairs[drugs]![drugs]).toBe(2);
    expect(pairs[smuggling]![drugs]).toBe(1);
    expect(pairs[drugs]![smuggling]).toBe(1);
    expect(pairs.flat().reduce((sum, count) => sum + count, 0)).toBe(3 + 2 + 1 + 1);
  });
});
