/**
 * Turns a group of participants (the users of one phone, the persons of one
 * case, the travellers of one route on one day) into pairwise evidence.
 *
 * Up to `groupCliqueLimit` participants every pair is tied. Above it, the
 * `groupHubs` participants with the most other evidence become hubs: tied to
 * each other and to every other participant, which connects the whole group
 * with about g · groupHubs ties instead of g² / 2 (the passengers of a boat are
 * tied to its skipper and organisers rather than to each other). Each pair's
 * strength is 1 / (g − 1) whichever rule applies (Newman 2001).
 */
import type { EvidenceItems } from "./evidence-items.ts";
import type { ResolvedPersonNetworkOptions, TieKind } from "./options.ts";

export interface GroupMember {
  actor: number;
  /** The record putting this actor in the group (a usage, an involvement). */
  record: number;
}

export interface Group {
  kind: TieKind;
  members: GroupMember[];
  date?: number;
}

/** Keeps the first record of each actor: one person twice in a case is still one participant. */
export function distinctMembers(members: GroupMember[]): GroupMember[] {
  const seen = new Set<number>();
  return members.filter((member) => {
    if (seen.has(member.actor)) return false;
    seen.add(member.actor);
    return true;
  });
}

export function isLargeGroup(group: Group, options: ResolvedPersonNetworkOptions): boolean {
  return group.members.length > options.groupCliqueLimit;
}

/**
 * Emits the group's pairs into `items`. `evidenceCount` (per actor) chooses
 * the hubs of a large group; it is not read for a small one.
 */
export function expandGroup(
  items: EvidenceItems,
  group: Group,
  options: ResolvedPersonNetworkOptions,
  evidenceCount?: Uint32Array,
): void {
  const members = group.members;
  const g = members.length;
  if (g < 2) return;
  const strength = 1 / (g - 1);
  const emit = (x: GroupMember, y: GroupMember) =>
    items.push(x.actor, y.actor, {
      kind: group.kind,
      strength,
      record: x.record,
      secondRecord: y.record,
      date: group.date,
    });
  if (!isLargeGroup(group, options)) {
    for (let i = 0; i < g; i++) for (let j = i + 1; j < g; j++) emit(members[i]!, members[j]!);
    return;
  }
  if (!evidenceCount) throw new Error("network/expand-group: a large group needs evidence counts");
  const ranked = members
    .map((member, position) => ({ member, position }))
    .sort(
      (x, y) =>
        evidenceCount[y.member.actor]! - evidenceCount[x.member.actor]! || x.position - y.position,
    );
  const hubs = ranked.slice(0, options.groupHubs);
  for (let i = 0; i < hubs.length; i++) {
    for (let j = i + 1; j < hubs.length; j++) emit(hubs[i]!.member, hubs[j]!.member);
  }
  for (const other of ranked.slice(options.groupHubs)) {
    for (const hub of hubs) emit(hub.member, other.member);
  }
}
