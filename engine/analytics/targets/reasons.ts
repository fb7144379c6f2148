/**
 * Reasons for a target, in plain words with the numbers behind them, one per
 * feature that counts most for this person (weight × percentile), strongest
 * first: "bridges the Western Balkans smuggling network and the drug
 * trafficking ring: 14 calls, 3 transfers, EUR 61,200".
 */
import { CRIME_TYPE_LABELS, valueLabel, type CrimeType } from "../../model/index.ts";
import type {
  ActorMoney,
  BeneficialOwnership,
  Collection,
  Confluence,
  CrossMoney,
  Proceeds,
  MoneyFed,
  UpwardMoney,
} from "../money/index.ts";
import {
  actorOf,
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
import type { Command } from "./command.ts";
import { EVERYDAY_HUB, type EverydayHubs } from "./everyday-hubs.ts";
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
  ownership: BeneficialOwnership;
  upward: UpwardMoney;
  fed: MoneyFed;
  confluence: Confluence;
  crossing: CrossMoney;
  proceeds: Proceeds;
  collection: Collection;
  command: Command;
  hubs: EverydayHubs;
  hubDiscount: number;
  /** Betweenness above which an actor is in the top 10%. */
  betweennessTop10: number;
}

const crimeWords = (type: CrimeType) => CRIME_TYPE_LABELS[type];

const topShare = (share: number) => `top ${Math.max(1, Math.ceil(share * 100))}%`;

const euros = (eur: number) => formatMoney("EUR", Math.round(eur));

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
    strength: options.weights[feature] * scores.strengths[feature][actor]!,
  }))
    .filter((entry) => entry.strength > 0)
    .sort((x, y) => y.strength - x.strength);
  const reasons: string[] = [];
  for (const { feature } of ordered) {
    if (reasons.length >= options.reasons) break;
    const share = scores.ranks[feature][actor]! / Math.max(1, scores.eligibleCount);
    const reason = REASONS[feature](context, actor, share);
    if (reason) reasons.push(reason);
  }
  const caveat = hubCaveat(context, actor);
  if (caveat) reasons.push(caveat);
  return reasons;
}

/**
 * Why a person whom many touch is not a target, for an everyday hub
 * (everyday-hubs.ts) whose betweenness is in the top 10%: null otherwise.
 */
export function hubCaveat(context: ReasonContext, actor: number): string | null {
  const hubness = context.hubs.hubness[actor]!;
  if (hubness < EVERYDAY_HUB) return null;
  const betweenness = context.betweenness;
  if (betweenness[actor]! < context.betweennessTop10) return null;
  const degree = context.degree[actor]!;
  const largest = Math.round(context.hubs.largestShare[actor]! * 100);
  return `not a facilitator but an everyday contact: ${degree} people in ${context.hubs.communitiesTouched[actor]} communities touch them (no community holds more than ${largest}% of their ties) and they are in no case, so their betweenness ${betweenness[actor]!.toFixed(4)} says little; score discounted by ${Math.round(context.hubDiscount * hubness * 100)}%`;
}

/** `share`: the person's rank in the feature over the persons who may be targets (1/N for the first). */
type Explain = (context: ReasonContext, actor: number, share: number) => string | null;

const REASONS: Record<TargetFeature, Explain> = {
  betweenness: (c, v, p) =>
    `lies on the paths between others: betweenness ${c.betweenness[v]!.toFixed(4)} (${topShare(p)})`,
  pagerank: (c, v, p) =>
    `tied to the well-tied: ${c.degree[v]} ties, PageRank ${c.pagerank[v]!.toFixed(4)} (${topShare(p)})`,
  brokerage: bridgeReason,
  money: (c, v) => {
    const m = c.money[v];
    const held = ownershipReason(c, v);
    if (!m) return held;
    const amounts = (record: Record<string, number>) =>
      Object.entries(record).map(([code, amount]) => formatMoney(code, amount));
    const parts: string[] = [];
    if (m.transfersIn > 0)
      parts.push(`received ${list(amounts(m.in))} in ${m.transfersIn} transfers`);
    if (m.transfersOut > 0)
      parts.push(`sent ${list(amounts(m.out))} in ${m.transfersOut} transfers`);
    const above = c.upward.topAbove[v]!;
    // Money from someone standing above is pay (upward-money.ts): say so, since it is not leadership.
    const paid =
      above >= 0
        ? `; paid by ${nameOf(c, c.network.csr.ids[above]!)}, who stands above them by money and orders: pay for goods or work, not money passed up to them`
        : "";
    const own = `${parts.join(", ")}, with ${m.counterparties} counterparties${paid}`;
    return held ? `${held}; ${own}` : own;
  },
  broker: (c, v) => {
    const m = c.money[v];
    const to = c.fed.topReceiver[v]!;
    if (!m || to < 0) return null;
    const channels = Object.keys(m.byChannel);
    return `passes money up to ${nameOf(c, c.network.csr.ids[to]!)}, on whom money concentrates (${euros(
      m.inEur,
    )} in, ${euros(m.outEur)} out, ${m.counterparties} parties, by ${list(channels.map(valueLabel))})`;
  },
  confluence: (c, v, share) => {
    const to = c.confluence.topReceiver[v]!;
    if (to < 0) return null;
    const sources = c.confluence.sources[to]!.toFixed(1);
    return `pays where several networks' money meets (${topShare(share)}): ${nameOf(c, c.network.csr.ids[to]!)} receives money from ${sources} communities' worth of payers (effective number)`;
  },
  crossing: (c, v, share) => {
    const from = c.crossing.topPayer[v]!;
    if (from < 0) return null;
    const groups = c.crossing.communities[v]!;
    return `paid by another network (${topShare(share)}): ${euros(c.crossing.score[v]!)} from people of ${groups} other ${groups === 1 ? "community" : "communities"}, most from ${nameOf(c, c.network.csr.ids[from]!)} of the ${c.communityNames[c.communities[from]!]}`;
  },
  proceeds: (c, v, share) => {
    const collected = c.proceeds.collected[v]!;
    const payers = c.proceeds.payers[v]!;
    const from = c.proceeds.topCollector[v]!;
    const parts: string[] = [];
    // A collector's own takings are told once, by the collection reason, with where they went.
    if (collected > 0 && c.collection.receiver[v]! < 0)
      parts.push(
        `collected ${euros(collected)} from ${payers} smuggled ${payers === 1 ? "person or victim" : "persons or victims"}`,
      );
    const passed = c.proceeds.score[v]! - collected;
    if (from >= 0 && passed > 0)
      parts.push(
        `was passed ${euros(passed)} of such money, most by ${nameOf(c, c.network.csr.ids[from]!)}`,
      );
    return parts.length > 0
      ? `proceeds of smuggling (${topShare(share)}): ${parts.join("; ")}`
      : null;
  },
  collection: (c, v, share) => {
    const to = c.collection.receiver[v]!;
    if (to < 0) return null;
    const payers = c.proceeds.payers[v]!;
    const collected = c.proceeds.collected[v]!;
    const passed = Math.round((Math.min(collected, c.collection.passed[v]!) / collected) * 100);
    return `collects for someone (${topShare(share)}): collected ${euros(collected)} from ${payers} smuggled ${payers === 1 ? "person or victim" : "persons or victims"} and passed ${passed}% of it to ${nameOf(c, c.network.csr.ids[to]!)}`;
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
  leadership: (c, v, share) => {
    const payers = c.upward.payers[v]!;
    const top = c.upward.topPayer[v]!;
    if (payers === 0 || top < 0) return null;
    return `money concentrates on them (${topShare(share)}): ${payers} ${
      payers === 1 ? "payer passes" : "payers pass"
    } on to them or their companies most of what they collect, first ${nameOf(c, c.network.csr.ids[top]!)}`;
  },
  command: (c, v, share) => {
    const to = c.command.line[v]!;
    if (to < 0) return null;
    return `gives orders by phone (${topShare(share)}): ${c.command.calls[v]} calls to ${nameOf(
      c,
      c.network.csr.ids[to]!,
    )}, ${c.command.back[v]} back, who calls ${c.command.reach[v]} others and has ${Math.round(
      100 * c.command.dependence[v]!,
    )}% of their calls with them`;
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

/** "controls X and Y (unspecified association), which received EUR 1.2M from 5 payers in ...". */
function ownershipReason(c: ReasonContext, v: number): string | null {
  const held = c.ownership.holdings[v]!;
  const received = c.ownership.inEur[v]!;
  if (held.length === 0 || received <= 0) return null;
  const names = held.map((holding) => c.labels[holding.organisation]!);
  const shown = names.length > 3 ? [...names.slice(0, 2), `${names.length - 2} more`] : names;
  const kinds = [...new Set(held.map((holding) => valueLabel(holding.kind)))];
  const payers = c.ownership.payers[v]!;
  const groups = new Map<string, number>();
  for (const payer of payers.keys()) {
    const name = c.communityNames[c.communities[payer]!]!;
    groups.set(name, (groups.get(name) ?? 0) + 1);
  }
  const from = [...groups]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, 4)
    .map(([name, count]) => `${count} in the ${name}`);
  return `stands behind ${list(shown)} (${list(kinds)} ${kinds.length === 1 ? "association" : "associations"}), which received ${euros(received)} at their share from ${payers.size} ${payers.size === 1 ? "payer" : "payers"} (${list(from)})`;
}

function nameOf(context: ReasonContext, id: string): string {
  const index = actorOf(context.network, id);
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
