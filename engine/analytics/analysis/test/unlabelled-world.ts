/**
 * Analytics that find the facilitators when no record names them (issue 13):
 * generated unlabelled worlds with 10 smuggling networks (no organiser role,
 * no `controls` association, everyday hubs, a busy clique, duplicates),
 * checked against their planted truth.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateWorld, type GroundTruth } from "../../../../fixtures/generator/index.ts";
import { loadDataset, toEntityGraph } from "../../../ingest/index.ts";
import { analyze } from "../analyze.ts";
import type { Analysis } from "../types.ts";
import { plantedNmi } from "./planted-nmi.ts";

const PERSONS = 3000;

/** The checks on one seed's world; each seed has a test file of its own, to keep each file short. */
export function describeUnlabelledWorld(seed: number): void {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "crosslink-unlabelled-analysis-"));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));
  describe(`an unlabelled world of 10 smuggling networks (seed ${seed})`, () => {
    let truth: GroundTruth;
    let analysis: Analysis;
    let key: string[];
    let rankOf: Map<string, number>;

    beforeAll(async () => {
      const out = join(root, `world-${seed}`);
      const summary = await generateWorld({
        persons: PERSONS,
        seed,
        out,
        unlabelled: true,
        shape: { personsPerNetwork: PERSONS / 2 },
      });
      truth = JSON.parse(await readFile(summary.truthFile, "utf8"));
      analysis = analyze(toEntityGraph(await loadDataset(out)), { seed });
      const planted = truth.unlabelled!.keyFacilitators;
      // A bridge may also be a money broker: k counts persons, not roles.
      key = [
        ...new Set([
          ...planted.organisers,
          ...planted.moneyBrokers,
          planted.launderingController,
          planted.drugBoss,
          ...planted.bridges,
        ]),
      ];
      rankOf = new Map(analysis.persons.map((p) => [p.id, p.targetRank ?? Infinity]));
    }, 60_000);

    it("recovers the planted networks as communities (NMI >= 0.95 over members)", () => {
      expect(truth.networks).toHaveLength(10);
      expect(plantedNmi(truth, analysis)).toBeGreaterThanOrEqual(0.95);
    });

    it("names the community holding most of each planted group after the group's crime", () => {
      // The dominant crime (overlaps/community-crime.ts): most involved members, weighted by evidence.
      const communityOf = new Map(analysis.persons.map((p) => [p.id, p.community]));
      for (const group of [...truth.networks, truth.drugRing, truth.launderingCell]) {
        const held = new Map<number, number>();
        for (const { id } of group.members) {
          const c = communityOf.get(id)!;
          held.set(c, (held.get(c) ?? 0) + 1);
        }
        const [largest] = [...held].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]!;
        const community = analysis.communities.find((c) => c.id === largest)!;
        expect(community.dominantCrime, group.id).toBe(group.crimeType);
      }
    });

    it("ranks every key facilitator in the top k, k being their number", () => {
      // Measured on seeds 1–3 (targets/README.md); what falls below the line is named with its rank.
      const k = key.length;
      const late = key
        .filter((id) => rankOf.get(id)! > k)
        .map((id) => `${id} at ${rankOf.get(id)}`);
      expect(late).toEqual([]);
    });

    it("puts no everyday hub and no smuggled person, victim or witness in the top k", () => {
      const k = key.length;
      const top = new Set(
        analysis.persons.filter((p) => p.targetRank !== null && p.targetRank <= k).map((p) => p.id),
      );
      const planted = truth.unlabelled!;
      for (const hub of planted.hubs) expect(top.has(hub.id), hub.kind).toBe(false);
      for (const id of [...truth.smuggledPersons, ...truth.victims, ...truth.witnesses])
        expect(top.has(id)).toBe(false);
    });

    it("says why a high-betweenness everyday hub is not a target", () => {
      const hubs = new Set(truth.unlabelled!.hubs.map((hub) => hub.id));
      const explained = analysis.persons.filter((p) => hubs.has(p.id) && p.caveat);
      expect(explained.length).toBeGreaterThan(0);
      for (const person of explained)
        expect(person.caveat).toMatch(/everyday contact.*\d+ communities/);
    });

    it("says where the money of the laundering cell's brokers and the drug ring's bridges goes between networks", () => {
      const reasonsOf = (id: string) =>
        analysis.targets.find((t) => t.id === id)!.reasons.join(" ");
      for (const member of truth.launderingCell.members.filter((m) => m.role === "money_broker"))
        expect(reasonsOf(member.id), member.id).toMatch(
          /pays where several networks' money meets \(top \d+%\): .* receives money from [\d.]+ communities'/,
        );
      for (const bridge of truth.bridges.filter((b) => b.toGroup === truth.drugRing.id))
        expect(reasonsOf(bridge.id), bridge.id).toMatch(
          /paid by another network \(top \d+%\): EUR [\d,]+ from people of \d+ other communit.* of the drug trafficking ring/,
        );
    });

    it("says of each smuggling network's money broker that it collects from migrants for its organiser", () => {
      const reasonsOf = (id: string) => analysis.targets.find((t) => t.id === id)!.reasons;
      let said = 0;
      for (const network of truth.networks) {
        const organiser = network.members.find((m) => m.role === "organiser")!.id;
        for (const broker of network.members.filter((m) => m.role === "money_broker")) {
          const reason = reasonsOf(broker.id).find((r) => r.startsWith("collects for someone"));
          if (!reason) continue;
          said++;
          // A broker who bridges to the laundering cell may pass more of the money into the cell
          // than to its organiser: to its contact there (seed 15) or to the controller's companies
          // (seed 18). Whom it serves, by the records.
          const cell = truth.launderingCell;
          const served = [
            organiser,
            ...truth.bridges
              .filter((b) => b.id === broker.id)
              .flatMap((b) => (b.toGroup === cell.id ? cell.members.map((m) => m.id) : b.contacts)),
          ];
          expect(reason, broker.id).toMatch(
            new RegExp(
              `^collects for someone \\(top \\d+%\\): collected EUR [\\d,]+ from \\d+ smuggled persons or victims and passed \\d+% of it to .* \\((${served.join("|")})\\)$`,
            ),
          );
        }
      }
      // Among a broker's four reasons, collecting may give way to stronger ones, never for most.
      expect(said).toBeGreaterThanOrEqual(truth.networks.length / 2);
    });

    it("explains the laundering controller by the money its companies received", () => {
      const controller = truth.unlabelled!.keyFacilitators.launderingController;
      const target = analysis.targets.find((t) => t.id === controller)!;
      expect(target.reasons.join(" ")).toMatch(
        /stands behind .* which received EUR [\d,]+ .* from \d+ payers/,
      );
    });
  });
}
