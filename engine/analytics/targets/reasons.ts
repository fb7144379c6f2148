/**
 * Reasons for a target, in plain words with the numbers behind them, one per
 * feature that counts most for this person (weight × percentile), strongest
 * first: "bridges the Western Balkans smuggling network and the drug
 * trafficking ring: 14 calls, 3 transfers, EUR 61,200".
 */
import { CRIME_TYPE_LABELS, valueLabel, type CrimeType } from "../../model/index.ts";
import type { ActorMoney } from "../money/index.ts";
import {
  describeEvidence,
  formatMoney,
  summariseTies,
  type PersonNetwork,
} from "../network/index.ts";
import {
  crimeLinksOf,
  crimeTypesOf,
  type CrimeReach,
  type DirectCrimes,
} from "../overlaps/index.ts";
import type { Leadership } from "./leadership.ts";
import { TARGET_FEATURES, type ResolvedTargetOptions, type TargetFeature } from "./options.ts";
import type { TargetScores } from "./target-score.ts";

export interface ReasonContext {
  network: PersonNetwork;
  /** Display name per actor. */
  labels: readonly string[];
  communities: Int32Array;
  communityNames: readonly string[];
  betweenness: Float64Array;
  pagerank: Float64Array;
  degree: Float64Array;
  money: readonly (ActorMoney | null)[];
  direct: DirectCrimes;
  reach: CrimeReach;
  /** Fraction of connected pairs cut apart by removing the actor alone. */
  removal: Float64Array;
  leadership: Leadership;
}

const crimeWords = (type: CrimeType) => CRIME_TYPE_LABELS[type];

const topShare = (percentile: number) => `top ${Math.max(1, Math.ceil((1 - percentile) * 100))}%`;

const list = (items: string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

export function targetReasons(
  context: ReasonContext,
  scores: TargetScores,
  actor: number,
  options: ResolvedTargetOptions,
): string[] {
  const ordered = TARGET_FEATURES.map((feature) => ({
    feature,
    strength: options.weights[feature] * scores.percentiles[feature][actor]!,
  }))
    .filter((entry) => entry.strength > 0)
    .sort((x, y) => y.strength - x.strength);
  const reasons: string[] = [];
  for (const { feature } of ordered) {
    if (reasons.length >= options.reasons) break;
    const reason = REASONS[feature](context, actor, scores.percentiles[feature][actor]!);
    if (reason) reasons.push(reason);
  }
  return reasons;
}

type Explain = (context: ReasonContext, actor: number, percentile: number) => string | null;

const REASONS: Record<TargetFeature, Explain> = {
  betweenness: (c, v, p) =>
    `lies on the paths between others: betweenness ${c.betweenness[v]!.toFixed(4)} (${topShare(p)})`,
  pagerank: (c, v, p) =>
    `tied to the well-tied: ${c.degree[v]} ties, PageRank ${c.pagerank[v]!.toFixed(4)} (${topShare(p)})`,
  brokerage: bridgeReason,
  money: (c, v) => {
    const m = c.money[v];
    if (!m) return null;
    const amounts = (record: Record<string, number>) =>
      Object.entries(record).map(([code, amount]) => formatMoney(code, amount));
    const parts: string[] = [];
    if (m.transfersIn > 0)
      parts.push(`received ${list(amounts(m.in))} in ${m.transfersIn} transfers`);
    if (m.transfersOut > 0)
      parts.push(`sent ${list(amounts(m.out))} in ${m.transfersOut} transfers`);
    return `${parts.join(", ")}, with ${m.counterparties} counterparties`;
  },
  broker: (c, v) => {
    const m = c.money[v];
    if (!m || m.transfersIn === 0 || m.transfersOut === 0) return null;
    const channels = Object.keys(m.byChannel);
    return `passes money on between ${m.counterparties} parties (about EUR ${Math.round(
      m.inEur,
    ).toLocaleString(
      "en-GB",
    )} in, ${Math.round(m.outEur).toLocaleString("en-GB")} out) by ${list(channels.map(valueLabel))}`;
  },
  crime: (c, v) => {
    const parts: string[] = [];
    const direct = crimeTypesOf(c.direct.mask[v]!);
    if (direct.length > 0) {
      const cases = c.direct.cases[v]!;
      parts.push(
        `involved in ${list(direct.map(crimeWords))} cases (${cases.slice(0, 3).join(", ")}${cases.length > 3 ? ", ..." : ""})`,
      );
    }
    const links = crimeLinksOf(c.network, c.direct, c.reach, v).filter(
      (link) => link.type !== "other",
    );
    for (const link of links.slice(0, 2)) {
      const through = link.via.map((id) => nameOf(c, id)).join(" then ");
      const evidence = describeEvidence(link.evidence);
      parts.push(
        `linked to ${crimeWords(link.type)} through ${through} (${link.hops} ${link.hops === 1 ? "tie" : "ties"}${evidence ? `: ${evidence}` : ""})`,
      );
    }
    return parts.length > 0 ? parts.join("; ") : null;
  },
  disruption: (c, v) =>
    c.removal[v]! > 0
      ? `removing them alone cuts ${(c.removal[v]! * 100).toFixed(1)}% of the connected pairs apart`
      : null,
  organiser: (c, v) => {
    const trips = c.leadership.organisedTrips[v]!;
    const organisations = c.leadership.controlledOrganisations[v]!;
    const parts: string[] = [];
    if (trips > 0)
      parts.push(`recorded as the organiser of ${trips} ${trips === 1 ? "trip" : "trips"}`);
    if (organisations > 0) {
      parts.push(
        `controls ${organisations} ${organisations === 1 ? "organisation" : "organisations"}`,
      );
    }
    return parts.length > 0 ? parts.join("; ") : null;
  },
};

function nameOf(context: ReasonContext, id: string): string {
  const index = context.network.csr.ids.indexOf(id);
  const label = index >= 0 ? context.labels[index] : undefined;
  return label && label !== id ? `${label} (${id})` : id;
}

/** The community the person is most strongly tied to outside their own, with the evidence. */
function bridgeReason(context: ReasonContext, actor: number): string | null {
  const { network, communities } = context;
  const { offsets, targets, weights } = network.csr;
  const own = communities[actor]!;
  const strength = new Map<number, number>();
  for (let e = offsets[actor]!; e < offsets[actor + 1]!; e++) {
    const c = communities[targets[e]!]!;
    if (c !== own) strength.set(c, (strength.get(c) ?? 0) + weights[e]!);
  }
  let other = -1;
  for (const [c, s] of strength) {
    if (other < 0 || s > strength.get(other)! || (s === strength.get(other)! && c < other))
      other = c;
  }
  if (other < 0) return null;
  const ties: number[] = [];
  for (let e = offsets[actor]!; e < offsets[actor + 1]!; e++) {
    if (communities[targets[e]!] === other) ties.push(network.tieOf[e]!);
  }
  const evidence = describeEvidence(summariseTies(network, ties));
  return `bridges the ${context.communityNames[own]} and the ${context.communityNames[other]}: ${evidence}`;
}
