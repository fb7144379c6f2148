/**
 * Reads the entity graph into evidence items between actors (persons and
 * organisations), following docs/ARCHITECTURE.md "The person network":
 * calls between their phones, transfers, declared associations (one record
 * between two actors) and shared phones, vehicles, online accounts, the same
 * route on the same day and the same case (groups, expand-group.ts).
 *
 * A vehicle travelling a route stands for its users. Route usage without a
 * date cannot show travel "on the same day" and is left out; so are
 * sightings, which place one subject at one place and tie nobody.
 */
import type { EntityRecords } from "../../model/index.ts";
import { EVERY, span, type WorkProgress } from "../progress.ts";
import { samePersonOf } from "../resolution/same-person.ts";
import { dateKey } from "./dates.ts";
import { EvidenceItems } from "./evidence-items.ts";
import { interner } from "./intern.ts";
import {
  distinctMembers,
  expandGroup,
  isLargeGroup,
  type Group,
  type GroupMember,
} from "./expand-group.ts";
import { TIE_KINDS, type ResolvedPersonNetworkOptions, type TieKind } from "./options.ts";

/** Entities that take the community of the actors using them. */
export const ATTACHED_TYPES = ["phone", "vehicle", "online_account"] as const;

export interface CollectedEvidence {
  actorIds: string[];
  /** Person ids accepted as the same person as an actor of `actorIds`, with that actor. */
  aliases: [string, number][];
  /** 0 for a person, 1 for an organisation. */
  actorKind: Uint8Array;
  items: EvidenceItems;
  /** Keys of the entity-graph edges that items refer to. */
  records: string[];
  currencies: string[];
  /** Phones, vehicles and accounts with the actors that use them. */
  attached: { id: string; type: string; users: number[] }[];
}

const USAGE_KIND: Record<string, TieKind> = {
  uses_phone: "shared_phone",
  uses_vehicle: "shared_vehicle",
  uses_account: "shared_account",
};

export function collectEvidence(
  graph: EntityRecords,
  options: ResolvedPersonNetworkOptions,
  progress?: WorkProgress,
): CollectedEvidence {
  // The two passes over the records take most of the time, the groups the rest.
  const firstPass = span(progress, 0, 0.35);
  const secondPass = span(progress, 0.35, 0.75);
  const grouping = span(progress, 0.75, 1);
  const links = graph.size;
  let seen = 0;
  const actorIndex = new Map<string, number>();
  const actorIds: string[] = [];
  const kinds: number[] = [];
  // Persons accepted as one (engine/analytics/resolution) are one actor, their representative.
  const representative = samePersonOf(graph);
  graph.forEachNode((node, attributes) => {
    if (attributes.type !== "person" && attributes.type !== "organisation") return;
    if ((representative.get(node) ?? node) !== node) return;
    actorIndex.set(node, actorIds.length);
    actorIds.push(node);
    kinds.push(attributes.type === "person" ? 0 : 1);
  });
  const aliases: [string, number][] = [];
  for (const [id, actor] of representative) {
    if (id === actor) continue;
    actorIndex.set(id, actorIndex.get(actor)!);
    aliases.push([id, actorIndex.get(actor)!]);
  }

  const records: string[] = [];
  const record = (key: string) => records.push(key) - 1;
  const { values: currencies, indexOf: currency } = interner();

  // Pass 1: who uses what, and who belongs to which group.
  const users = new Map<string, { type: string; members: GroupMember[] }>();
  const usageGroups = new Map<string, Group>();
  const caseGroups = new Map<string, Group>();
  const routeDays = new Map<string, Group>();
  const vehicleTrips: { vehicle: string; key: string; record: number }[] = [];
  const groupOf = (map: Map<string, Group>, key: string, kind: TieKind, date?: number) => {
    let group = map.get(key);
    if (!group) {
      group = { kind, members: [], date };
      map.set(key, group);
    }
    return group;
  };
  graph.forEachEdge((key, attributes, source, target) => {
    if ((++seen & EVERY) === 0) firstPass?.(seen, links);
    const type = attributes.type;
    const usage = USAGE_KIND[type];
    if (usage) {
      const member = { actor: actorIndex.get(source)!, record: record(key) };
      groupOf(usageGroups, target, usage).members.push(member);
      let entry = users.get(target);
      if (!entry) {
        entry = { type: graph.getNodeAttribute(target, "type"), members: [] };
        users.set(target, entry);
      }
      entry.members.push(member);
    } else if (type === "involved_in") {
      const actor = actorIndex.get(source);
      if (actor === undefined) return;
      const opened = dateKey(graph.getNodeAttribute(target, "opened"));
      groupOf(caseGroups, target, "same_case", opened).members.push({ actor, record: record(key) });
    } else if (type === "travels") {
      const date = dateKey(attributes.date);
      if (!date) return;
      const dayKey = `${target}\u0000${attributes.date as string}`;
      const group = groupOf(routeDays, dayKey, "same_route_day", date);
      const actor = actorIndex.get(source);
      if (actor !== undefined) group.members.push({ actor, record: record(key) });
      else vehicleTrips.push({ vehicle: source, key: dayKey, record: record(key) });
    }
  });
  for (const trip of vehicleTrips) {
    for (const user of users.get(trip.vehicle)?.members ?? []) {
      routeDays.get(trip.key)!.members.push({ actor: user.actor, record: trip.record });
    }
  }

  // Pass 2: records between two actors.
  const items = new EvidenceItems(new Set(TIE_KINDS.filter((kind) => options.weights[kind] > 0)));
  seen = 0;
  graph.forEachEdge((key, attributes, source, target) => {
    if ((++seen & EVERY) === 0) secondPass?.(seen, links);
    switch (attributes.type) {
      case "call": {
        const callers = users.get(source)?.members ?? [];
        const callees = users.get(target)?.members ?? [];
        if (callers.length === 0 || callees.length === 0) return;
        const call = record(key);
        const date = dateKey(attributes.start);
        for (const x of callers) {
          for (const y of callees) {
            items.push(x.actor, y.actor, {
              kind: "call",
              strength: 1,
              record: call,
              date,
              directed: true,
            });
          }
        }
        return;
      }
      case "transfer":
        items.push(actorIndex.get(source)!, actorIndex.get(target)!, {
          kind: "transfer",
          strength: 1,
          record: record(key),
          date: dateKey(attributes.date),
          amount: attributes.amount as number,
          currency: currency(attributes.currency as string),
          directed: true,
        });
        return;
      case "associated_with":
        items.push(actorIndex.get(source)!, actorIndex.get(target)!, {
          kind: "association",
          strength: 1,
          record: record(key),
        });
        return;
    }
  });

  // Groups: small ones first, so that the hubs of large ones are chosen on the other evidence.
  const groups = [...usageGroups.values(), ...routeDays.values(), ...caseGroups.values()];
  for (const group of groups) group.members = distinctMembers(group.members);
  const large: Group[] = [];
  let expanded = 0;
  const groupDone = () => {
    if ((++expanded & EVERY) === 0) grouping?.(expanded, groups.length);
  };
  for (const group of groups) {
    if (isLargeGroup(group, options)) large.push(group);
    else expandGroup(items, group, options);
    groupDone();
  }
  if (large.length > 0) {
    const evidenceCount = new Uint32Array(actorIds.length);
    for (let i = 0; i < items.length; i++) {
      evidenceCount[items.a[i]!]!++;
      evidenceCount[items.b[i]!]!++;
    }
    for (const group of large) {
      expandGroup(items, group, options, evidenceCount);
      grouping?.(expanded++, groups.length + large.length);
    }
  }

  const attached = [...users.entries()].map(([id, entry]) => ({
    id,
    type: entry.type,
    users: [...new Set(entry.members.map((member) => member.actor))],
  }));
  return {
    actorIds,
    aliases,
    actorKind: Uint8Array.from(kinds),
    items,
    records,
    currencies,
    attached,
  };
}
