/**
 * Options of the person-network projection: how much each kind of evidence
 * weighs and how large groups (a case with 500 persons, a boat of 300 on one
 * day) are expanded without a quadratic blow-up.
 */
import { defaultsOf, OptionError, resolveOptions, type Parameters } from "../options.ts";

/** The kinds of evidence that tie two persons or organisations. */
export const TIE_KINDS = [
  "call",
  "transfer",
  "association",
  "shared_phone",
  "shared_vehicle",
  "shared_account",
  "same_route_day",
  "same_case",
  "edge_list",
] as const;
export type TieKind = (typeof TIE_KINDS)[number];

/** Kinds that come from a shared group (a phone, a case...) rather than one record between two actors. */
export const GROUP_KINDS: readonly TieKind[] = [
  "shared_phone",
  "shared_vehicle",
  "shared_account",
  "same_route_day",
  "same_case",
];

export type TieWeights = Record<TieKind, number>;

export interface PersonNetworkOptions {
  /**
   * Weight of each kind of evidence. A tie's weight is
   * Σ_kind weight[kind] · log2(1 + strength[kind]), where a record between the
   * two (a call, a transfer, a declared association) has strength 1 and a
   * shared group of g participants has strength 1 / (g − 1) (Newman 2001,
   * "Scientific collaboration networks II", Phys. Rev. E 64:016132): repeated
   * evidence counts with diminishing returns and a large group adds little to
   * each pair.
   */
  weights?: Partial<TieWeights>;
  /**
   * Groups with more participants than this are not expanded into a clique:
   * their `groupHubs` participants with the most other evidence (ties by
   * input order) become hubs, tied to each other and to every other
   * participant. This keeps a group of g to about g · groupHubs ties instead
   * of g² / 2, and still connects all of its members.
   */
  groupCliqueLimit?: number;
  /** Hubs of a group above `groupCliqueLimit`. */
  groupHubs?: number;
}

export interface ResolvedPersonNetworkOptions {
  weights: TieWeights;
  groupCliqueLimit: number;
  groupHubs: number;
}

export const PERSON_NETWORK_PARAMETERS: Parameters<ResolvedPersonNetworkOptions> = {
  weights: {
    type: "record",
    keys: TIE_KINDS,
    min: 0,
    max: 1e6,
    description: "weight per kind of evidence",
    default: {
      // Direct communication and money are the strongest signs of working together.
      call: 1,
      transfer: 1.5,
      association: 2,
      // A shared handset or vehicle means close, daily contact.
      shared_phone: 2,
      shared_vehicle: 1.5,
      shared_account: 1.5,
      same_route_day: 1,
      // Co-involvement in a case is an investigator's judgement, but cases can be broad.
      same_case: 1,
      // An edge list from another tool: its own weight column decides.
      edge_list: 1,
    },
  },
  groupCliqueLimit: {
    type: "integer",
    default: 25,
    min: 2,
    max: 1e6,
    description: "largest group expanded into every pair",
  },
  groupHubs: {
    type: "integer",
    default: 3,
    min: 1,
    description: "hubs of a larger group (at most groupCliqueLimit)",
  },
};
export const PERSON_NETWORK_DEFAULTS = defaultsOf(PERSON_NETWORK_PARAMETERS);

const MODULE = "network/person-network";

export function resolvePersonNetworkOptions(
  options: PersonNetworkOptions = {},
): ResolvedPersonNetworkOptions {
  const resolved = resolveOptions(MODULE, PERSON_NETWORK_PARAMETERS, options);
  if (resolved.groupHubs > resolved.groupCliqueLimit) {
    throw new OptionError(
      `${MODULE}: option "groupHubs" must be ≤ groupCliqueLimit (${resolved.groupCliqueLimit}), got ${resolved.groupHubs}`,
    );
  }
  return resolved;
}
