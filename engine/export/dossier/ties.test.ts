/**
 * A package's ties are the person network's: a vehicle's trip stands for its
 * users, and a large group is tied through its hubs, not as a clique — the
 * two rules that ties derived again from the records used to miss.
 */
import { describe, expect, it } from "vitest";
import { actorTies, analyzeWithNetwork } from "../../analytics/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { writeDataset } from "../../ingest/test/write-dataset.ts";
import { SMALL_WORLD } from "../test/small-world.ts";
import { renderTargetPackages } from "./build-package.ts";
import type { TargetDossier } from "./contents.ts";

const MEMBERS = Array.from({ length: 30 }, (_, i) => `Q${i + 1}`);

/** The small world, plus P5 who drives V2 on R1 the day P1 travels it, and a 30-person case C9. */
const WORLD = {
  ...SMALL_WORLD,
  "persons.csv": `${SMALL_WORLD["persons.csv"]}P5,Karim Said,suspect,LY,restricted,,\n${MEMBERS.map((id) => `${id},Member ${id},suspect,,restricted,,`).join("\n")}\n`,
  "vehicles.csv": `${SMALL_WORLD["vehicles.csv"]}V2,XY 987 ZW,LY,Toyota,truck\n`,
  "vehicle_usage.csv": `${SMALL_WORLD["vehicle_usage.csv"]}P5,V2,driver\n`,
  "route_usage.csv": `${SMALL_WORLD["route_usage.csv"]}V2,R1,2024-03-10,driver\n`,
  "cases.csv": `${SMALL_WORLD["cases.csv"]}C9,drug_trafficking,Operation Crowd,2024-04-01\n`,
  "case_involvement.csv": `${SMALL_WORLD["case_involvement.csv"]}${MEMBERS.map((id) => `${id},C9,suspect,restricted`).join("\n")}\n`,
};

async function dossierOf(id: string) {
  const graph = toEntityGraph(await loadDataset(await writeDataset(WORLD)));
  const { analysis, network } = analyzeWithNetwork(graph);
  const [rendered] = await renderTargetPackages(
    { graph, analysis, network, targets: [id], generatedBy: "test" },
    { formats: ["json"], pdf: "never" },
  );
  const dossier = JSON.parse(rendered!.files["package.json"] as string) as TargetDossier;
  return { dossier, expected: actorTies(network, network.csr.ids.indexOf(id)) };
}

describe("the ties of a target package", () => {
  it("are the person network's ties with their weights and records", async () => {
    const { dossier, expected } = await dossierOf("P1");
    expect(dossier.ties.map((tie) => [tie.other, tie.kinds, tie.records])).toEqual(
      expected.map((tie) => [tie.other, tie.kinds, tie.records]),
    );
    for (const [k, tie] of dossier.ties.entries())
      expect(tie.weight).toBeCloseTo(expected[k]!.weight, 4);
  });

  it("tie a traveller to the users of a vehicle on the same route and day, through the vehicle", async () => {
    const { dossier } = await dossierOf("P1");
    const p5 = dossier.ties.find((tie) => tie.other === "P5");
    expect(p5).toMatchObject({ kinds: { same_route_day: 1 } });
    expect(p5!.via).toEqual(expect.arrayContaining(["R1", "V2"]));
  });

  it("tie a member of a large case to its hubs only", async () => {
    const { dossier, expected } = await dossierOf("Q30");
    // Not the 29 other members: the group cap of the network (3 hubs).
    expect(dossier.ties).toHaveLength(3);
    expect(dossier.ties.map((tie) => tie.other)).toEqual(expected.map((tie) => tie.other));
    for (const tie of dossier.ties) expect(tie.via).toEqual(["C9"]);
  });
});
