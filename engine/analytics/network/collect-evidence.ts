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
 *
 * Built on the records' numbers (record-columns.ts): actors, group members
 * and evidence are columns of numbers, a record is its link number, and a
 * link is parsed only when its date or amount is read.
 */
import type { EntityRecords } from "../../model/index.ts";
import { EVERY, span, type WorkProgress } from "../progress.ts";
import { samePersonOf } from "../resolution/same-person.ts";
import { dateKey, NO_DATE } from "./dates.ts";
import { EvidenceItems, KIND_INDEX, NO_RECORD } from "./evidence-items.ts";
import { expandMembers } from "./expand-group.ts";
import { GroupMembers, type GroupLayout } from "./group-members.ts";
import { interner } from "./intern.ts";
import { TIE_KINDS, type ResolvedPersonNetworkOptions } from "./options.ts";
import { recordColumns, type RecordColumns } from "./record-columns.ts";

/** Entities that take the community of the actors using them. */
export const ATTACHED_TYPES = ["phone", "vehicle", "online_account"] as const;

export interface CollectedEvidence {
  actorIds: string[];
  /** Person ids accepted as the same person as an actor of `actorIds`, with that actor. */
  aliases: [string, number][];
  /** 0 for a person, 1 for an organisation. */
  actorKind: Uint8Array;
  items: EvidenceItems;
  /** Keys of the input's links: an item's record is a link number, an index here. */
  records: readonly string[];
  currencies: string[];
  /** Phones, vehicles and accounts with the actors that use them. */
  attached: { id: string; type: string; users: number[] }[];
}

const USAGE_KIND: Record<string, number> = {
  uses_phone: KIND_INDEX.shared_phone,
  uses_vehicle: KIND_INDEX.shared_vehicle,
  uses_account: KIND_INDEX.shared_account,
};
const CALL = KIND_INDEX.call;
const TRANSFER = KIND_INDEX.transfer;
const ASSOCIATION = KIND_INDEX.association;
const NONE = -1;

export function collectEvidence(
  graph: EntityRecords,
  options: ResolvedPersonNetworkOptions,
  progress?: WorkProgress,
): CollectedEvidence {
  // The two passes over the records take most of the time, the groups the rest.
  const firstPass = span(progress, 0, 0.35);
  const secondPass = span(progress, 0.35, 0.75);
  const grouping = span(progress, 0.75, 1);
  const rows = recordColumns(graph);
  const { linkCount, sources, targets } = rows;
  const { actorIds, actorKind, actorOf, aliases } = numberActors(graph, rows);

  // Pass 1: who uses what, and who belongs to which group (groups numbered per entity or route-day).
  const usage = new GroupMembers();
  const usageGroupOf = new Int32Array(rows.entityCount).fill(NONE);
  const usedEntity: number[] = [];
  const cases = new GroupMembers();
  const caseGroupOf = new Int32Array(rows.entityCount).fill(NONE);
  const routeDays = new GroupMembers();
  const routeDayOf = new Map<number, Map<string, number>>();
  const vehicleTrips: number[] = [];
  for (let link = 0; link < linkCount; link++) {
    if ((link & EVERY) === 0) firstPass?.(link, linkCount);
    const type = rows.linkType(link);
    const usageKind = USAGE_KIND[type];
    const target = targets[link]!;
    if (usageKind !== undefined) {
      if (usageGroupOf[target] === NONE) {
        usageGroupOf[target] = usage.create(usageKind, NO_DATE);
        usedEntity.push(target);
      }
      usage.add(usageGroupOf[target]!, actorOf[sources[link]!]!, link);
    } else if (type === "involved_in") {
      const actor = actorOf[sources[link]!]!;
      if (actor === NONE) continue;
      if (caseGroupOf[target] === NONE) {
        const opened = dateKey(rows.entityAttributes(target).opened);
        caseGroupOf[target] = cases.create(KIND_INDEX.same_case, opened);
      }
      cases.add(caseGroupOf[target]!, actor, link);
    } else if (type === "travels") {
      const day = rows.linkString(link, "date");
      const date = dateKey(day);
      if (!date) continue;
      let days = routeDayOf.get(target);
      if (!days) routeDayOf.set(target, (days = new Map()));
      let group = days.get(day as string);
      if (group === undefined) {
        group = routeDays.create(KIND_INDEX.same_route_day, date);
        days.set(day as string, group);
      }
      const actor = actorOf[sources[link]!]!;
      if (actor !== NONE) routeDays.add(group, actor, link);
      else vehicleTrips.push(sources[link]!, group, link);
    }
  }
  // Users of each phone, vehicle and account, every usage record in order (a caller's phones' users).
  const users = usage.layout();
  for (let k = 0; k < vehicleTrips.length; k += 3) {
    const group = usageGroupOf[vehicleTrips[k]!]!;
    if (group === NONE) continue;
    for (let m = users.offsets[group]!; m < users.offsets[group + 1]!; m++)
      routeDays.add(vehicleTrips[k + 1]!, users.actors[m]!, vehicleTrips[k + 2]!);
  }

  // Pass 2: records between two actors.
  const items = new EvidenceItems(new Set(TIE_KINDS.filter((kind) => options.weights[kind] > 0)));
  const { values: currencies, indexOf: currency } = interner();
  for (let link = 0; link < linkCount; link++) {
    if ((link & EVERY) === 0) secondPass?.(link, linkCount);
    const type = rows.linkType(link);
    const source = sources[link]!;
    const target = targets[link]!;
    if (type === "call") {
      const callers = usageGroupOf[source]!;
      const callees = usageGroupOf[target]!;
      if (callers === NONE || callees === NONE) continue;
      const date = dateKey(rows.linkString(link, "start"));
      for (let x = users.offsets[callers]!; x < users.offsets[callers + 1]!; x++) {
        for (let y = users.offsets[callees]!; y < users.offsets[callees + 1]!; y++) {
          const [from, to] = [users.actors[x]!, users.actors[y]!];
          items.add(from, to, CALL, 1, link, NO_RECORD, date, 0, -1, true);
        }
      }
    } else if (type === "transfer") {
      const attributes = rows.linkAttributes(link);
      items.add(
        actorOf[source]!,
        actorOf[target]!,
        TRANSFER,
        1,
        link,
        NO_RECORD,
        dateKey(attributes.date),
        (attributes.amount as number | undefined) ?? 0,
        currency(attributes.currency as string),
        true,
      );
    } else if (type === "associated_with") {
      items.add(
        actorOf[source]!,
        actorOf[target]!,
        ASSOCIATION,
        1,
        link,
        NO_RECORD,
        NO_DATE,
        0,
        -1,
        false,
      );
    }
  }

  const attached = usedEntity.map((entity, group) => ({
    id: rows.entityIds[entity]!,
    type: rows.entityType(entity),
    users: distinctActors(users, group),
  }));
  expandGroups(
    items,
    [users, routeDays.layout(), cases.layout()],
    [usage, routeDays, cases],
    actorIds.length,
    options,
    grouping,
  );
  items.trim();
  return { actorIds, aliases, actorKind, items, records: rows.linkIds, currencies, attached };
}

/**
 * Persons and organisations as actors, in the input's order; persons accepted
 * as one (engine/analytics/resolution) are one actor, their representative.
 * `actorOf`: the actor of each entity number, NONE for the others.
 */
function numberActors(graph: EntityRecords, rows: RecordColumns) {
  const actorOf = new Int32Array(rows.entityCount).fill(NONE);
  const actorIds: string[] = [];
  const kinds: number[] = [];
  const representative = samePersonOf(graph);
  for (let entity = 0; entity < rows.entityCount; entity++) {
    const type = rows.entityType(entity);
    if (type !== "person" && type !== "organisation") continue;
    const id = rows.entityIds[entity]!;
    if ((representative.get(id) ?? id) !== id) continue;
    actorOf[entity] = actorIds.push(id) - 1;
    kinds.push(type === "person" ? 0 : 1);
  }
  const aliases: [string, number][] = [];
  for (const [id, actor] of representative) {
    if (id === actor) continue;
    const index = actorOf[rows.entityNumber(actor)!]!;
    actorOf[rows.entityNumber(id)!] = index;
    aliases.push([id, index]);
  }
  return { actorIds, actorKind: Uint8Array.from(kinds), actorOf, aliases };
}

/** The distinct actors of a group, in order of first appearance. */
function distinctActors(layout: GroupLayout, group: number): number[] {
  return [...new Set(layout.actors.subarray(layout.offsets[group], layout.offsets[group + 1]))];
}

/**
 * Every group's pairs, each actor counted once per group with its first
 * record; small groups first, in the order of `layouts`, so that the hubs of
 * large ones are chosen on the other evidence.
 */
function expandGroups(
  items: EvidenceItems,
  layouts: GroupLayout[],
  groups: GroupMembers[],
  actorCount: number,
  options: ResolvedPersonNetworkOptions,
  progress?: WorkProgress,
): void {
  const total = groups.reduce((sum, members) => sum + members.count, 0);
  const seenIn = new Int32Array(actorCount).fill(NONE);
  const actors: number[] = [];
  const records: number[] = [];
  const large: { kind: number; date: number; actors: Uint32Array; records: Int32Array }[] = [];
  let expanded = 0;
  let stamp = 0;
  layouts.forEach((layout, category) => {
    const { kind, date } = groups[category]!;
    for (let group = 0; group < kind.length; group++, stamp++) {
      if ((++expanded & EVERY) === 0) progress?.(expanded, total);
      actors.length = 0;
      records.length = 0;
      for (let m = layout.offsets[group]!; m < layout.offsets[group + 1]!; m++) {
        const actor = layout.actors[m]!;
        if (seenIn[actor] === stamp) continue;
        seenIn[actor] = stamp;
        actors.push(actor);
        records.push(layout.records[m]!);
      }
      const members = { kind: kind[group]!, date: date[group]! };
      if (actors.length <= options.groupCliqueLimit) {
        expandMembers(items, members, actors, records, options);
      } else {
        large.push({
          ...members,
          actors: Uint32Array.from(actors),
          records: Int32Array.from(records),
        });
      }
    }
  });
  if (large.length === 0) return;
  const evidenceCount = new Uint32Array(actorCount);
  for (let i = 0; i < items.length; i++) {
    evidenceCount[items.a[i]!]!++;
    evidenceCount[items.b[i]!]!++;
  }
  for (const group of large) {
    expandMembers(items, group, group.actors, group.records, options, evidenceCount);
    progress?.(expanded++, total + large.length);
  }
}
