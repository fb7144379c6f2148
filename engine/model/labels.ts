/**
 * Words for the codes of the import contract and of the person network, the
 * one table every reader-facing text uses (dossiers, reasons, exports'
 * labels), so a code is never printed raw ("migrant_smuggling") and never
 * worded two ways.
 */
import type { EntityType, LinkType } from "./schema.ts";
import type { Classification, CrimeType, PersonCategory } from "./vocabulary.ts";

export const CRIME_TYPE_LABELS: Readonly<Record<CrimeType, string>> = {
  migrant_smuggling: "migrant smuggling",
  drug_trafficking: "drug trafficking",
  money_laundering: "money laundering",
  document_fraud: "document fraud",
  human_trafficking: "human trafficking",
  firearms_trafficking: "firearms trafficking",
  other: "other crime",
};

export const CATEGORY_LABELS: Readonly<Record<PersonCategory, string>> = {
  suspect: "suspect",
  smuggled_person: "smuggled person",
  victim: "victim",
  witness: "witness",
  unknown: "unknown",
};

export const CLASSIFICATION_LABELS: Readonly<Record<Classification, string>> = {
  unclassified: "UNCLASSIFIED",
  restricted: "RESTRICTED",
  confidential: "CONFIDENTIAL",
  secret: "SECRET",
};

export const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  person: "person",
  organisation: "organisation",
  phone: "phone",
  vehicle: "vehicle",
  location: "location",
  route: "route",
  case: "case",
  online_account: "online account",
};

export const LINK_TYPE_LABELS: Readonly<Record<LinkType, string>> = {
  uses_phone: "uses phone",
  call: "call",
  transfer: "transfer",
  uses_vehicle: "uses vehicle",
  travels: "travels route",
  sighted_at: "sighted at",
  involved_in: "involved in case",
  associated_with: "associated with",
  uses_account: "uses online account",
};

/** Links counted as evidence ("3 calls, 1 sighting"), singular and plural. */
export const LINK_TYPE_NOUNS: Readonly<Record<LinkType, readonly [string, string]>> = {
  uses_phone: ["phone use", "phone uses"],
  call: ["call", "calls"],
  transfer: ["transfer", "transfers"],
  uses_vehicle: ["vehicle use", "vehicle uses"],
  travels: ["trip on a route", "trips on a route"],
  sighted_at: ["sighting", "sightings"],
  involved_in: ["case involvement", "case involvements"],
  associated_with: ["declared association", "declared associations"],
  uses_account: ["online account use", "online account uses"],
};

/**
 * Roles (vehicle use, route use, case involvement), association kinds,
 * transfer channels and the kinds of place, vehicle and route: the values
 * whose words differ from the code beyond its underscores.
 */
const VALUE_LABELS: Readonly<Record<string, string>> = {
  co_arrested: "arrested together",
  money_transfer_operator: "money transfer operator",
  cash_courier: "cash courier",
  border_crossing: "border crossing",
  safe_house: "safe house",
};

/** Evidence kinds of a tie in the person network, singular and plural. */
export const TIE_KIND_NOUNS = {
  call: ["call", "calls"],
  transfer: ["transfer", "transfers"],
  association: ["declared association", "declared associations"],
  shared_phone: ["shared phone", "shared phones"],
  shared_vehicle: ["shared vehicle", "shared vehicles"],
  shared_account: ["shared online account", "shared online accounts"],
  same_route_day: ["trip on the same route and day", "trips on the same route and day"],
  same_case: ["shared case", "shared cases"],
  edge_list: ["listed tie", "listed ties"],
} as const satisfies Readonly<Record<string, readonly [string, string]>>;

/**
 * The words for a value of the contract (a role, a kind, a channel); any
 * other code loses its underscores.
 */
export function valueLabel(code: string): string {
  return Object.hasOwn(VALUE_LABELS, code) ? VALUE_LABELS[code]! : code.replace(/_/g, " ");
}

/** The words for an entity or link type, a crime type or a category. */
export const typeLabel = (type: string): string =>
  (ENTITY_TYPE_LABELS as Record<string, string>)[type] ??
  (LINK_TYPE_LABELS as Record<string, string>)[type] ??
  valueLabel(type);

/** "3 calls", "1 shared phone": a count of a tie's evidence kind in words. */
export function tieKindCount(kind: keyof typeof TIE_KIND_NOUNS, count: number): string {
  return `${count} ${TIE_KIND_NOUNS[kind][count === 1 ? 0 : 1]}`;
}
