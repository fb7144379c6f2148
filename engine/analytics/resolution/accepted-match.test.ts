/**
 * An accepted match on a planted duplicate joins the two records into one
 * actor of the analysis — one rank, the union of their ties, money and cases,
 * both ids shown and the match named in the reasons — while both records stay
 * in the graph; a rejected one is no longer offered.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateWorld, type GroundTruth } from "../../../fixtures/generator/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import {
  MATCH_DECISIONS_ATTRIBUTE,
  pairKey,
  type EntityGraph,
  type MatchDecision,
} from "../../model/index.ts";
import { analyzeWithNetwork, type NetworkAnalysis } from "../analysis/index.ts";
import { actorIndexOf, actorTies } from "../network/index.ts";

const decide = (graph: EntityGraph, decisions: MatchDecision[]) =>
  graph.setAttribute(MATCH_DECISIONS_ATTRIBUTE, decisions);
const decision = (a: string, b: string, verdict: MatchDecision["decision"]): MatchDecision => ({
  ...(a < b ? { a, b } : { a: b, b: a }),
  decision: verdict,
  by: "analyst",
  at: "2026-12-07T08:00:00.000Z",
  note: "same passport photo",
});

describe("accepted and rejected matches", () => {
  let root: string;
  let graph: EntityGraph;
  let truth: GroundTruth;
  let before: NetworkAnalysis;
  let pair: { original: string; duplicate: string };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "crosslink-accepted-"));
    const out = join(root, "world");
    const summary = await generateWorld({ persons: 3000, seed: 1, out, unlabelled: true });
    truth = JSON.parse(await readFile(summary.truthFile, "utf8")) as GroundTruth;
    graph = toEntityGraph(await loadDataset(out));
    // A duplicate of a suspect, so that the joined actor is ranked as a target.
    pair = truth.unlabelled!.duplicates.find(
      (d) => graph.getNodeAttribute(d.original, "category") === "suspect",
    )!;
    before = analyzeWithNetwork(graph, { seed: 1, targets: { top: 3000 } });
  }, 120_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("offers the planted pair as a candidate until someone decides", () => {
    const keys = before.analysis.resolution.candidates.map((c) => pairKey(c.a, c.b));
    expect(keys).toContain(pairKey(pair.original, pair.duplicate));
    expect(before.analysis.resolution.accepted).toEqual([]);
  });

  it("joins an accepted pair into one actor: one rank, the union of ties, money and cases", () => {
    decide(graph, [decision(pair.original, pair.duplicate, "accepted")]);
    const after = analyzeWithNetwork(graph, { seed: 1, targets: { top: 3000 } });
    decide(graph, []);
    const { analysis, network } = after;
    const ids = [pair.original, pair.duplicate];
    const joined = analysis.persons.filter((p) => ids.includes(p.id));
    expect(joined).toHaveLength(1);
    const [person] = joined;
    expect([person!.id, ...person!.sameAs!].sort()).toEqual([...ids].sort());
    expect(person!.targetRank).not.toBeNull();
    // Both records are still in the graph: nothing was merged there.
    for (const id of ids) expect(graph.hasNode(id)).toBe(true);

    const neighbours = (n: NetworkAnalysis, id: string) => {
      const v = actorIndexOf(n.network).get(id)!;
      return actorTies(n.network, v).map((tie) => tie.other);
    };
    const union = new Set([
      ...neighbours(before, pair.original),
      ...neighbours(before, pair.duplicate),
    ]);
    for (const id of ids) union.delete(id);
    expect(new Set(neighbours(after, person!.id))).toEqual(union);
    expect(network.csr.nodeCount).toBe(before.network.csr.nodeCount - 1);

    const old = (id: string) => before.analysis.persons.find((p) => p.id === id)!;
    const handled = ids.reduce((sum, id) => sum + (old(id).money?.handledEur ?? 0), 0);
    expect(person!.money?.handledEur ?? 0).toBeCloseTo(handled, 2);
    expect(person!.crimeTypes).toEqual(
      [...new Set(ids.flatMap((id) => old(id).crimeTypes))].sort(),
    );

    const target = analysis.targets.find((t) => t.id === person!.id)!;
    expect(target.rank).toBe(person!.targetRank);
    expect(target.sameAs).toEqual(person!.sameAs);
    const [a, b] = [...ids].sort();
    expect(target.reasons[0]).toMatch(
      new RegExp(
        `^records ${a} ".+" and ${b} ".+" are one person \\(match accepted by analyst on 2026-12-07, "same passport photo": .*the same birth date`,
      ),
    );
    expect(analysis.resolution.accepted).toHaveLength(1);
    expect(analysis.resolution.candidates.map((c) => pairKey(c.a, c.b))).not.toContain(
      pairKey(pair.original, pair.duplicate),
    );
  });

  it("no longer offers a rejected pair, and changes nothing else", () => {
    decide(graph, [decision(pair.original, pair.duplicate, "rejected")]);
    const { analysis } = analyzeWithNetwork(graph, { seed: 1, targets: { top: 3000 } });
    decide(graph, []);
    expect(analysis.resolution.rejected.map((r) => r.note)).toEqual(["same passport photo"]);
    expect(analysis.resolution.candidates).toEqual(
      before.analysis.resolution.candidates.filter(
        (c) => pairKey(c.a, c.b) !== pairKey(pair.original, pair.duplicate),
      ),
    );
    expect(analysis.persons).toEqual(before.analysis.persons);
  });
});
