/**
 * Crime links: for each actor and each crime type it is not directly
 * involved in, the shortest chain of ties (up to `maxHops`) to an actor who
 * is, found by one breadth-first search per crime type from all directly
 * involved actors at once: O(types · (n + m)).
 *
 * Among several equally short chains the next step is the neighbour tied by
 * the heaviest tie, then the lowest index, so every chain is the best
 * evidenced one and the result does not depend on visiting order.
 */
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";
import { CRIME_TYPES, type CrimeType } from "../../model/index.ts";
import { summariseTies, type EvidenceSummary, type PersonNetwork } from "../network/index.ts";
import type { DirectCrimes } from "./direct-crimes.ts";

export interface CrimeLinkOptions {
  /** Longest chain of ties followed. */
  maxHops?: number;
}

export const CRIME_LINK_PARAMETERS: Parameters<Required<CrimeLinkOptions>> = {
  maxHops: {
    type: "integer",
    default: 2,
    min: 1,
    max: 6,
    description: "longest chain of ties followed for crime links",
  },
};
export const CRIME_LINK_DEFAULTS = defaultsOf(CRIME_LINK_PARAMETERS);

export interface CrimeReach {
  maxHops: number;
  /** Per crime type: hops from each actor to the nearest directly involved one; -1 beyond maxHops. */
  hops: Int8Array[];
  /** Per crime type: the next actor on the chain, -1 for a direct or unreached actor. */
  next: Int32Array[];
  /** Per crime type: the tie to the next actor. */
  nextTie: Int32Array[];
}

export interface CrimeLink {
  type: CrimeType;
  hops: number;
  /** The actors along the chain, ending with the one directly involved. */
  via: string[];
  /** That actor's cases of this crime type. */
  cases: string[];
  /** The ties along the chain, added up. */
  evidence: EvidenceSummary;
}

export function crimeReach(
  network: PersonNetwork,
  direct: DirectCrimes,
  options: CrimeLinkOptions = {},
): CrimeReach {
  const { maxHops } = resolveOptions("overlaps/crime-links", CRIME_LINK_PARAMETERS, options);
  const { offsets, targets, weights, nodeCount: n } = network.csr;
  const reach: CrimeReach = { maxHops, hops: [], next: [], nextTie: [] };
  for (let k = 0; k < CRIME_TYPES.length; k++) {
    const hops = new Int8Array(n).fill(-1);
    const next = new Int32Array(n).fill(-1);
    const nextTie = new Int32Array(n).fill(-1);
    let frontier: number[] = [];
    for (let v = 0; v < n; v++) {
      if (direct.mask[v]! & (1 << k)) {
        hops[v] = 0;
        frontier.push(v);
      }
    }
    for (let level = 1; level <= maxHops && frontier.length > 0; level++) {
      const reached: number[] = [];
      for (const u of frontier) {
        for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
          const v = targets[e]!;
          if (hops[v] !== -1) continue;
          hops[v] = level;
          reached.push(v);
        }
      }
      for (const v of reached) {
        let best = -1;
        for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
          if (hops[targets[e]!] !== level - 1) continue;
          if (best < 0 || weights[e]! > weights[best]!) best = e;
        }
        next[v] = targets[best]!;
        nextTie[v] = network.tieOf[best]!;
      }
      frontier = reached.sort((x, y) => x - y);
    }
    reach.hops.push(hops);
    reach.next.push(next);
    reach.nextTie.push(nextTie);
  }
  return reach;
}

/** The crime links of one actor, shortest first, then in CRIME_TYPES order. */
export function crimeLinksOf(
  network: PersonNetwork,
  direct: DirectCrimes,
  reach: CrimeReach,
  actor: number,
): CrimeLink[] {
  const links: CrimeLink[] = [];
  CRIME_TYPES.forEach((type, k) => {
    const hops = reach.hops[k]![actor]!;
    if (hops <= 0) return;
    const via: string[] = [];
    const ties: number[] = [];
    let v = actor;
    while (reach.hops[k]![v]! > 0) {
      ties.push(reach.nextTie[k]![v]!);
      v = reach.next[k]![v]!;
      via.push(network.csr.ids[v]!);
    }
    const cases = direct.cases[v]!.filter((id) => direct.caseType.get(id) === type);
    links.push({ type, hops, via, cases, evidence: summariseTies(network, ties) });
  });
  return links.sort((x, y) => x.hops - y.hops);
}

/** Crime types an actor is directly involved in or linked to within `hops`. */
export function reachedTypes(reach: CrimeReach, actor: number, hops: number): number {
  let mask = 0;
  for (let k = 0; k < CRIME_TYPES.length; k++) {
    const h = reach.hops[k]![actor]!;
    if (h >= 0 && h <= hops) mask |= 1 << k;
  }
  return mask;
}
