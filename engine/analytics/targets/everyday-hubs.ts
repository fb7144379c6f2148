/**
 * Everyday hubs: contacts many people touch who are not part of any crime —
 * a taxi driver, a phone shop, a remittance counter. They have high degree
 * and betweenness because migrants of every network call or pay them, yet
 * they are in no case, and their ties are spread thin over many communities
 * instead of bound into one. A facilitator's ties concentrate in the group
 * they work for (a broker between two groups still has most of them in
 * one), so the spread is what sets the hub apart.
 *
 * hubness(v) = 0 for anyone directly involved in a case or with fewer than
 * `MIN_CONTACTS` contacts; otherwise 1 − (the largest share of v's tie
 * weight that goes to any one community), which is near 1 for contacts
 * spread evenly over many communities (Guimerà & Amaral 2005 call such nodes
 * "kinless hubs", participation coefficient above 0.75). The target score is
 * discounted by `hubDiscount × hubness` (target-score.ts), and the reasons
 * say why (reasons.ts). Bright et al. ("Illuminating dark networks", 2015)
 * and Morselli (2009) both warn that raw centrality in records picks out the
 * people everyone happens to contact, not those the network depends on.
 */
import type { PersonNetwork } from "../network/index.ts";
import type { DirectCrimes } from "../overlaps/index.ts";

/** Below this many contacts nobody is a hub. */
export const MIN_CONTACTS = 10;

/**
 * Hubness from which a contact counts as an everyday hub: its reasons carry the caveat, and its
 * money is nobody's network money (money/cross-money.ts).
 */
export const EVERYDAY_HUB = 0.5;

export interface EverydayHubs {
  /** Per actor, in [0, 1]. */
  hubness: Float64Array;
  /** Per actor: distinct communities among its contacts. */
  communitiesTouched: Int32Array;
  /** Per actor: largest share of its tie weight in one community. */
  largestShare: Float64Array;
}

export function everydayHubs(
  network: PersonNetwork,
  communities: Int32Array,
  direct: DirectCrimes,
): EverydayHubs {
  const { offsets, targets, weights, nodeCount: n } = network.csr;
  const result: EverydayHubs = {
    hubness: new Float64Array(n),
    communitiesTouched: new Int32Array(n),
    largestShare: new Float64Array(n),
  };
  const byCommunity = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    if (end === start) continue;
    byCommunity.clear();
    let total = 0;
    for (let e = start; e < end; e++) {
      const c = communities[targets[e]!]!;
      byCommunity.set(c, (byCommunity.get(c) ?? 0) + weights[e]!);
      total += weights[e]!;
    }
    let largest = 0;
    for (const weight of byCommunity.values()) largest = Math.max(largest, weight);
    result.communitiesTouched[v] = byCommunity.size;
    result.largestShare[v] = total > 0 ? largest / total : 1;
    if (direct.mask[v] === 0 && end - start >= MIN_CONTACTS)
      result.hubness[v] = 1 - result.largestShare[v]!;
  }
  return result;
}
