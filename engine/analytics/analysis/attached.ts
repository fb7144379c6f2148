/**
 * Phones, vehicles and online accounts take the community of the actors who
 * use them (docs/ARCHITECTURE.md): the community most of their users are in, the
 * lowest community id on a tie.
 */
import type { PersonNetwork } from "../network/index.ts";

export function attachedCommunities(
  network: PersonNetwork,
  communities: Int32Array,
): { id: string; type: string; community: number }[] {
  return network.attached.map((entity) => {
    const votes = new Map<number, number>();
    for (const user of entity.users) {
      const c = communities[user]!;
      votes.set(c, (votes.get(c) ?? 0) + 1);
    }
    let community = -1;
    for (const [c, count] of votes) {
      const best = community < 0 ? -1 : votes.get(community)!;
      if (count > best || (count === best && c < community)) community = c;
    }
    return { id: entity.id, type: entity.type, community };
  });
}
