/** The enumerations of the import contract (docs/DATASET-FORMAT.md), shared by model, analytics and viewer. */

export const CLASSIFICATIONS = ["unclassified", "restricted", "confidential", "secret"] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** Rank of a classification, for clearance checks: a user sees records whose rank is at most theirs. */
export const classificationRank = (level: Classification): number => CLASSIFICATIONS.indexOf(level);

export const PERSON_CATEGORIES = [
  "suspect",
  "smuggled_person",
  "victim",
  "witness",
  "unknown",
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];
/** Categories that are protected: never ranked as targets. */
export const PROTECTED_CATEGORIES: readonly PersonCategory[] = [
  "smuggled_person",
  "victim",
  "witness",
];

export const CRIME_TYPES = [
  "migrant_smuggling",
  "drug_trafficking",
  "money_laundering",
  "document_fraud",
  "human_trafficking",
  "firearms_trafficking",
  "other",
] as const;
export type CrimeType = (typeof CRIME_TYPES)[number];

export const VEHICLE_KINDS = ["car", "van", "truck", "bus", "boat", "other"] as const;
export const LOCATION_KINDS = [
  "city",
  "border_crossing",
  "port",
  "beach",
  "safe_house",
  "camp",
  "other",
] as const;
export const ROUTE_MODES = ["land", "sea", "air", "mixed"] as const;
export const TRANSFER_CHANNELS = [
  "bank",
  "money_transfer_operator",
  "hawala",
  "crypto",
  "cash_courier",
  "other",
] as const;
export const VEHICLE_ROLES = ["owner", "driver", "passenger"] as const;
export const ROUTE_ROLES = [
  "organiser",
  "driver",
  "skipper",
  "guide",
  "passenger",
  "other",
] as const;
export const INVOLVEMENT_ROLES = ["suspect", "convicted", "witness", "victim", "other"] as const;
export const ASSOCIATION_KINDS = [
  "family",
  "associate",
  "co_arrested",
  "employee",
  "controls",
  "other",
] as const;
