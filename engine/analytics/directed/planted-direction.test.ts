/**
 * Direction on generated worlds, checked against the planted truth: the
 * organiser gives orders down the chain of command (fixtures/generator/
 * command.ts), so calls it places to its lieutenants outnumber the calls they
 * place to it; money goes up from the brokers to the organiser, so in every
 * smuggling network and in the laundering cell the organiser keeps more of
 * what it receives than any other member. (The drug ring's organiser pays its
 * suppliers, so money does not stop there.)
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateWorld } from "../../../fixtures/generator/index.ts";
import type { GroundTruth, PlantedGroup } from "../../../fixtures/generator/truth.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { personNetwork } from "../network/index.ts";
import { arcBetween, arcEvidence, directedNetwork, type DirectedNetwork } from "./index.ts";

const WORLDS: [number, number][] = [
  [300, 11],
  [2000, 5],
];

const organiserOf = (group: PlantedGroup) =>
  group.members.find((member) => member.role === "organiser")!.id;

describe.each(WORLDS)("direction in a generated world of %i persons (seed %i)", (persons, seed) => {
  let truth: GroundTruth;
  let directed: DirectedNetwork;
  beforeAll(async () => {
    const out = join(await mkdtemp(join(tmpdir(), "crosslink-directed-")), "world");
    const summary = await generateWorld({ persons, seed, out });
    truth = JSON.parse(await readFile(summary.truthFile, "utf8")) as GroundTruth;
    directed = directedNetwork(personNetwork(toEntityGraph(await loadDataset(out))));
  }, 60_000);

  const indexOf = (id: string) => directed.csr.ids.indexOf(id);
  const calls = (from: string, to: string) => {
    const arc = arcBetween(directed.csr, indexOf(from), indexOf(to));
    return arc < 0 ? 0 : (arcEvidence(directed, arc).kinds.call ?? 0);
  };
  /** Received minus paid, all currencies added (each group works in one). */
  const netInflow = (id: string) => {
    const v = indexOf(id);
    const { out, in: incoming, inArc } = directed.csr;
    const sum = (arc: number) =>
      Object.values(arcEvidence(directed, arc).amounts).reduce((a, b) => a + b, 0);
    let net = 0;
    for (let k = incoming.offsets[v]!; k < incoming.offsets[v + 1]!; k++) net += sum(inArc[k]!);
    for (let k = out.offsets[v]!; k < out.offsets[v + 1]!; k++) net -= sum(k);
    return net;
  };

  it("organisers call their lieutenants more than the lieutenants call them", () => {
    const groups = [...truth.networks, truth.drugRing];
    for (const group of groups) {
      const organiser = organiserOf(group);
      const lieutenants = group.members.filter((member) => member.role === "lieutenant");
      expect(lieutenants.length).toBeGreaterThan(0);
      const down = lieutenants.reduce((sum, l) => sum + calls(organiser, l.id), 0);
      const up = lieutenants.reduce((sum, l) => sum + calls(l.id, organiser), 0);
      expect(down, `${group.id}: organiser to lieutenants ${down}, back ${up}`).toBeGreaterThan(up);
    }
  });

  it("money concentrates on the organiser of every smuggling network and of the laundering cell", () => {
    for (const group of [...truth.networks, truth.launderingCell]) {
      const organiser = organiserOf(group);
      const ranked = group.members
        .map((member) => ({ id: member.id, role: member.role, net: netInflow(member.id) }))
        .sort((a, b) => b.net - a.net);
      expect(ranked[0]!.id, `${group.id}: ${JSON.stringify(ranked.slice(0, 3))}`).toBe(organiser);
      expect(ranked[0]!.net).toBeGreaterThan(0);
    }
  });
});
