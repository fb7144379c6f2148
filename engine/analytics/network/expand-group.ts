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
import { NO_DATE } from "./dates.ts";
import { KIND_INDEX, type EvidenceItems } from "./evidence-items.ts";
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
  expandMembers(
    items,
    { kind: KIND_INDEX[group.kind], date: group.date ?? NO_DATE },
    group.members.map((member) => member.actor),
    group.members.map((member) => member.record),
    options,
    evidenceCount,
  );
}

/**
 * `expandGroup` for members held as two parallel columns (their actors and
 * records, distinct actors), the kind as an index of TIE_KINDS: the person
 * network's build, which keeps no object per member.
 */
export function expandMembers(
  items: EvidenceItems,
  group: { kind: number; date: number },
  actors: ArrayLike<number>,
  records: ArrayLike<number>,
  options: ResolvedPersonNetworkOptions,
  evidenceCount?: Uint32Array,
): void {
  const g = actors.length;
  if (g < 2) return;
  const strength = 1 / (g - 1);
  const emit = (x: number, y: number) =>
    items.add(
      actors[x]!,
      actors[y]!,
      group.kind,
      strength,
      records[x]!,
      records[y]!,
      group.date,
      0,
      -1,
      false,
    );
  if (g <= options.groupCliqueLimit) {
    for (let i = 0; i < g; i++) for (let j = i + 1; j < g; j++) emit(i, j);
    return;
  }
  if (!evidenceCount) throw new Error("network/expand-group: a large group needs evidence counts");
  // Positions ranked by the members' other evidence, most first, ties in member order.
  const ranked = Array.from({ length: g }, (_, position) => position).sort(
    (x, y) => evidenceCount[actors[y]!]! - evidenceCount[actors[x]!]! || x - y,
  );
  const hubs = Math.min(options.groupHubs, g);
  for (let i = 0; i < hubs; i++) for (let j = i + 1; j < hubs; j++) emit(ranked[i]!, ranked[j]!);
  for (let k = hubs; k < g; k++) for (let h = 0; h < hubs; h++) emit(ranked[h]!, ranked[k]!);
}
