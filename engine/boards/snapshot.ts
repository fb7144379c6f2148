/**
 * A board member's figures at a review, and what changed since: the member's
 * rank and score, its ties, transfers, cases and crime links now, against the
 * snapshot kept at its last review. Both come from an analysis of one view
 * (the reviewer's then, the reader's now), so a re-import followed by a new
 * analysis shows new ties, new money, new cases, rank and score moves and
 * new crime links.
 */
import {
  actorOf,
  actorTies,
  personRecord,
  roundMoney,
  type Analysis,
  type PersonNetwork,
} from "../analytics/index.ts";
import type { EntityGraph } from "../model/index.ts";
import type { MemberSnapshot } from "./types.ts";

/** What a snapshot is taken from: a view, its analysis and the person network it ran on. */
export interface AnalysedView {
  graph: EntityGraph;
  analysis: Analysis;
  network: PersonNetwork;
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

export function snapshotOf(view: AnalysedView, person: string): MemberSnapshot {
  const { graph, analysis, network } = view;
  const record = personRecord(analysis, person);
  const index = actorOf(network, person);
  const transfers: string[] = [];
  const cases: string[] = [];
  if (graph.hasNode(person)) {
    graph.forEachEdge(person, (key, attributes, source, target) => {
      if (attributes.type === "transfer") transfers.push(key);
      if (attributes.type === "involved_in" && source === person) cases.push(target);
    });
  }
  return {
    rank: record?.targetRank ?? null,
    score: record?.score ?? null,
    ties: sorted(index < 0 ? [] : actorTies(network, index).map((tie) => tie.other)),
    transfers: sorted(transfers),
    cases: sorted(cases),
    crimeLinks: sorted([
      ...(record?.crimeTypes ?? []).map((type) => `${type}@0`),
      ...(record?.crimeLinks ?? []).map((link) => `${link.type}@${link.hops}`),
    ]),
  };
}

export interface MemberChanges {
  /** Since this review (null: no review the reader may see). */
  since: string | null;
  rank: { before: number | null; now: number | null };
  score: { before: number | null; now: number | null };
  newTies: string[];
  newTransfers: string[];
  /** The new transfers' amounts by currency, sent and received. */
  newMoney: { sent: Record<string, number>; received: Record<string, number> };
  newCases: string[];
  newCrimeLinks: string[];
  /** True when anything above changed. */
  changed: boolean;
}

const added = (now: readonly string[], before: readonly string[]) => {
  const known = new Set(before);
  return now.filter((value) => !known.has(value));
};

export function changesSince(
  view: AnalysedView,
  person: string,
  review: { at: string; snapshot: MemberSnapshot } | null,
): MemberChanges {
  const now = snapshotOf(view, person);
  const before = review?.snapshot ?? now;
  const newTransfers = added(now.transfers, before.transfers);
  const changes = {
    since: review?.at ?? null,
    rank: { before: before.rank, now: now.rank },
    score: { before: before.score, now: now.score },
    newTies: added(now.ties, before.ties),
    newTransfers,
    newMoney: moneyOf(view.graph, person, newTransfers),
    newCases: added(now.cases, before.cases),
    newCrimeLinks: added(now.crimeLinks, before.crimeLinks),
  };
  const changed =
    changes.rank.before !== changes.rank.now ||
    changes.score.before !== changes.score.now ||
    [changes.newTies, newTransfers, changes.newCases, changes.newCrimeLinks].some(
      (list) => list.length > 0,
    );
  return { ...changes, changed };
}

function moneyOf(graph: EntityGraph, person: string, transfers: readonly string[]) {
  const money = { sent: {} as Record<string, number>, received: {} as Record<string, number> };
  for (const key of transfers) {
    const { amount, currency } = graph.getEdgeAttributes(key) as unknown as {
      amount: number;
      currency: string;
    };
    const side = graph.source(key) === person ? money.sent : money.received;
    side[currency] = (side[currency] ?? 0) + amount;
  }
  for (const side of [money.sent, money.received]) {
    for (const currency of Object.keys(side)) side[currency] = roundMoney(side[currency]!);
  }
  return money;
}
