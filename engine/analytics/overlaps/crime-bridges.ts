/**
 * Persons who bridge smuggling to other crime: a person tied into a
 * community whose dominant crime is migrant smuggling and into one whose
 * dominant crime is one of `otherTypes` (their own community counts), who
 * carries both crimes themselves (one directly, the other directly or
 * through one tie) and at least one of whose ties crosses between
 * communities. Bridges are found from both sides: the smuggler who deals
 * with the drug ring and the dealer who is the smugglers' contact. The evidence is that of the
 * person's ties into the other-crime community.
 */
import { CRIME_TYPES, type CrimeType } from "../../model/index.ts";
import { summariseTies, type EvidenceSummary, type PersonNetwork } from "../network/index.ts";
import { ACTOR_PERSON } from "../network/index.ts";
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";
import type { CommunityCrimeTable } from "./community-crime.ts";
import { reachedTypes, type CrimeReach } from "./crime-links.ts";

export interface CrimeBridgeOptions {
  /** The crimes that smuggling communities are bridged to. */
  otherTypes?: readonly CrimeType[];
}

export const CRIME_BRIDGE_PARAMETERS: Parameters<Required<CrimeBridgeOptions>> = {
  otherTypes: {
    type: "list",
    default: ["drug_trafficking", "money_laundering"],
    choices: CRIME_TYPES,
    description: "the crimes that smuggling communities are bridged to",
  },
};
export const CRIME_BRIDGE_DEFAULTS = defaultsOf(CRIME_BRIDGE_PARAMETERS);

export interface CrimeBridge {
  id: string;
  community: number;
  smugglingCommunity: number;
  otherCommunity: number;
  otherType: CrimeType;
  /** The person's ties into the other-crime community. */
  evidence: EvidenceSummary;
}

const SMUGGLING = CRIME_TYPES.indexOf("migrant_smuggling");

export function crimeBridges(
  network: PersonNetwork,
  reach: CrimeReach,
  communities: Int32Array,
  table: CommunityCrimeTable,
  options: CrimeBridgeOptions = {},
): CrimeBridge[] {
  const { otherTypes } = resolveOptions("overlaps/crime-bridges", CRIME_BRIDGE_PARAMETERS, options);
  const dominant = table.rows.map((row) => row.dominant);
  const { offsets, targets, weights } = network.csr;
  const bridges: CrimeBridge[] = [];
  for (let v = 0; v < network.csr.nodeCount; v++) {
    if (network.actorKind[v] !== ACTOR_PERSON) continue;
    const carried = reachedTypes(reach, v, 1);
    const involved = reachedTypes(reach, v, 0);
    if (!(carried & (1 << SMUGGLING))) continue;
    const own = communities[v]!;
    // Strength of v's ties into each community, to pick the strongest of each kind.
    const strength = new Map<number, number>([[own, 0]]);
    let crosses = false;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const c = communities[targets[e]!]!;
      strength.set(c, (strength.get(c) ?? 0) + weights[e]!);
      if (c !== own) crosses = true;
    }
    if (!crosses) continue;
    const strongest = (accept: (type: CrimeType | null) => boolean) => {
      let best = -1;
      for (const [c, s] of strength) {
        if (!accept(dominant[c]!)) continue;
        if (best < 0 || s > strength.get(best)! || (s === strength.get(best)! && c < best))
          best = c;
      }
      return best;
    };
    const smuggling = strongest((type) => type === "migrant_smuggling");
    if (smuggling < 0) continue;
    const other = strongest(
      (type) =>
        type !== null &&
        otherTypes.includes(type) &&
        (carried & (1 << CRIME_TYPES.indexOf(type))) !== 0 &&
        (involved & ((1 << SMUGGLING) | (1 << CRIME_TYPES.indexOf(type)))) !== 0,
    );
    if (other < 0 || other === smuggling) continue;
    const ties: number[] = [];
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      if (communities[targets[e]!] === other) ties.push(network.tieOf[e]!);
    }
    bridges.push({
      id: network.csr.ids[v]!,
      community: own,
      smugglingCommunity: smuggling,
      otherCommunity: other,
      otherType: dominant[other]!,
      evidence: summariseTies(network, ties),
    });
  }
  return bridges;
}
