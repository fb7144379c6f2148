/**
 * The whole analysis against planted ground truth on generated worlds (two
 * seeds, 300 and 2,000 persons), and against the karate reference values
 * through the edge-list path.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateWorld, type GroundTruth } from "../../../fixtures/generator/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import type { EntityGraph } from "../../model/index.ts";
import { parseEdgeList } from "../network/index.ts";
import { analyze, analyzeEdgeList } from "./analyze.ts";
import { plantedNmi } from "./test/planted-nmi.ts";
import type { Analysis } from "./types.ts";

interface World {
  graph: EntityGraph;
  truth: GroundTruth;
  analysis: Analysis;
}

async function world(persons: number, seed: number): Promise<World> {
  const out = join(await mkdtemp(join(tmpdir(), "crosslink-analysis-")), "world");
  const summary = await generateWorld({ persons, seed, out });
  const truth = JSON.parse(await readFile(summary.truthFile, "utf8")) as GroundTruth;
  const graph = toEntityGraph(await loadDataset(out));
  return { graph, truth, analysis: analyze(graph, { seed }) };
}

const WORLDS: [number, number][] = [
  [300, 11],
  [2000, 5],
];

describe.each(WORLDS)("a generated world of %i persons (seed %i)", (persons, seed) => {
  let w: World;
  beforeAll(async () => {
    w = await world(persons, seed);
  }, 60_000);

  it("recovers the planted networks as communities (NMI >= 0.9 over members)", () => {
    expect(plantedNmi(w.truth, w.analysis)).toBeGreaterThanOrEqual(0.9);
  });

  it("ranks planted organisers, money brokers and bridges among the top targets", () => {
    const ranked = new Set(w.analysis.targets.map((t) => t.id));
    expect(w.analysis.targets).toHaveLength(50);
    const missing = [
      ...w.truth.organisers,
      ...w.truth.moneyBrokers,
      ...w.truth.bridges.map((b) => b.id),
    ].filter((id) => !ranked.has(id));
    expect(missing).toEqual([]);
  });

  it("never makes a smuggled person, victim, witness or organisation a target", () => {
    const protectedIds = new Set([
      ...w.truth.smuggledPersons,
      ...w.truth.victims,
      ...w.truth.witnesses,
    ]);
    const organisations = new Set(w.analysis.organisations.map((o) => o.id));
    for (const target of w.analysis.targets) {
      expect(protectedIds.has(target.id)).toBe(false);
      expect(organisations.has(target.id)).toBe(false);
    }
    for (const person of w.analysis.persons) {
      if (protectedIds.has(person.id)) expect(person.score).toBeNull();
    }
  });

  it("gives every planted bridge both crime types and finds it as a bridge", () => {
    const byId = new Map(w.analysis.persons.map((p) => [p.id, p]));
    const found = new Set(w.analysis.crimeOverlap.bridges.map((b) => b.id));
    for (const bridge of w.truth.bridges) {
      const person = byId.get(bridge.id)!;
      const carried = new Set([...person.crimeTypes, ...person.crimeLinks.map((l) => l.type)]);
      for (const type of bridge.crimeTypes) expect(carried).toContain(type);
      expect(found).toContain(bridge.id);
    }
  });

  it("makes every planted bridge a broker between crime types (Gould–Fernandez)", () => {
    const byId = new Map(w.analysis.persons.map((p) => [p.id, p]));
    const roleSum = (roles: {
      itinerant: number;
      gatekeeperRepresentative: number;
      liaison: number;
    }) => roles.itinerant + roles.gatekeeperRepresentative + roles.liaison;
    for (const bridge of w.truth.bridges) {
      expect(roleSum(byId.get(bridge.id)!.crimeBrokerage)).toBeGreaterThan(0);
    }
    // Noise persons never touch a case, so they cannot broker between crime types.
    const noise = w.truth.noise.map((id) => byId.get(id)).filter((p) => p !== undefined);
    const brokering = noise.filter(
      (p) => p.crimeTypes.length === 0 && roleSum(p.crimeBrokerage) > 0,
    );
    for (const p of brokering) expect(p.crimeLinks.length).toBeGreaterThan(0);
  });

  it("gives every person who may be a target a score and a rank, the top agreeing with targets", () => {
    const organisations = new Set(w.analysis.organisations.map((o) => o.id));
    const ranked = w.analysis.persons
      .filter((p) => p.score !== null)
      .sort((x, y) => x.targetRank! - y.targetRank!);
    const protectedCount = w.analysis.persons.filter((p) => p.score === null).length;
    expect(protectedCount).toBeGreaterThan(0);
    expect(ranked.length).toBeGreaterThan(w.analysis.targets.length);
    expect(ranked.map((p) => p.targetRank)).toEqual(ranked.map((_p, i) => i + 1));
    for (let i = 1; i < ranked.length; i++) {
      expect(ranked[i]!.score).toBeLessThanOrEqual(ranked[i - 1]!.score!);
    }
    for (const person of w.analysis.persons) {
      if (person.score === null) expect(person.targetRank).toBeNull();
    }
    for (const actor of w.analysis.organisations) expect(actor.targetRank).toBeNull();
    expect(w.analysis.targets.map((t) => [t.id, t.score])).toEqual(
      ranked.slice(0, w.analysis.targets.length).map((p) => [p.id, p.score]),
    );
    expect(ranked.some((p) => organisations.has(p.id))).toBe(false);
  });

  it("explains every target in words with numbers", () => {
    for (const target of w.analysis.targets) {
      expect(target.reasons.length).toBeGreaterThan(0);
      for (const reason of target.reasons) expect(reason).toMatch(/\d/);
    }
  });

  // Once is enough, on the smaller world, to keep the suite quick.
  it.runIf(persons <= 300)("gives the same bytes for the same data and seed", () => {
    expect(JSON.stringify(analyze(w.graph, { seed }))).toBe(JSON.stringify(w.analysis));
  });
});

describe("analyzeEdgeList", () => {
  it("gives karate's reference degree and PageRank", () => {
    const root = new URL("../../../fixtures/reference/karate/", import.meta.url);
    const analysis = analyzeEdgeList(
      parseEdgeList(readFileSync(new URL("karate_edges.csv", root), "utf8")),
    );
    const reference = JSON.parse(readFileSync(new URL("reference.json", root), "utf8")) as {
      full: { degree: Record<string, number>; pagerank: Record<string, number> };
    };
    expect(analysis.persons).toHaveLength(34);
    for (const person of analysis.persons) {
      expect(person.degree).toBe(reference.full.degree[person.id]);
      // The Analysis prints 6 significant digits.
      expect(person.pagerank).toBeCloseTo(reference.full.pagerank[person.id]!, 6);
    }
    expect(analysis.summary.modularity).toBeGreaterThanOrEqual(0.41);
    // No member is in a case: each club faction is named after its most central member.
    for (const community of analysis.communities) {
      const members = analysis.persons.filter((person) => person.community === community.id);
      const top = members.reduce((a, b) => (b.pagerank > a.pagerank ? b : a));
      expect(community.name).toBe(`group around ${top.name}`);
    }
  });
});
