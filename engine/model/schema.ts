/**
 * Every entity and link file of the import contract (docs/DATASET-FORMAT.md), as
 * field sets. Runtime validation (ingest) and TypeScript types (below) both
 * come from these definitions.
 */
import {
  country,
  currency,
  date,
  dateTime,
  id,
  integer,
  list,
  number,
  oneOf,
  phoneNumber,
  plate,
  ref,
  refList,
  text,
  type FieldSet,
  type RecordOf,
} from "./fields.ts";
import {
  ASSOCIATION_KINDS,
  CLASSIFICATIONS,
  CRIME_TYPES,
  INVOLVEMENT_ROLES,
  LOCATION_KINDS,
  PERSON_CATEGORIES,
  ROUTE_MODES,
  ROUTE_ROLES,
  TRANSFER_CHANNELS,
  VEHICLE_KINDS,
  VEHICLE_ROLES,
} from "./vocabulary.ts";

/** Columns every record may carry. */
export const COMMON_FIELDS = {
  source: text().optional(),
  classification: oneOf(CLASSIFICATIONS).withDefault("restricted"),
  handling_code: text().optional(),
} satisfies FieldSet;

const entity = <const T extends string, S extends FieldSet>(type: T, fields: S) => ({
  type,
  kind: "entity" as const,
  fields: { ...fields, ...COMMON_FIELDS },
});

const link = <const T extends string, S extends FieldSet>(
  type: T,
  source: keyof S & string,
  target: keyof S & string,
  fields: S,
) => ({
  type,
  kind: "link" as const,
  /** The fields naming the two ends: the edge runs from `source` to `target`. */
  ends: { source, target },
  fields: { ...fields, ...COMMON_FIELDS },
});

export const ENTITY_FILES = {
  persons: entity("person", {
    id: id().required(),
    name: text().required(),
    aliases: list(";").optional(),
    birth_date: date().optional(),
    nationality: country().optional(),
    category: oneOf(PERSON_CATEGORIES).withDefault("unknown"),
  }),
  phones: entity("phone", {
    id: id().required(),
    // country comes first: it is the default region for reading a national number.
    country: country().optional(),
    number: phoneNumber().required(),
    imei: text().optional(),
  }),
  vehicles: entity("vehicle", {
    id: id().required(),
    plate: plate().required(),
    country: country().optional(),
    make: text().optional(),
    model: text().optional(),
    kind: oneOf(VEHICLE_KINDS).optional(),
  }),
  locations: entity("location", {
    id: id().required(),
    name: text().required(),
    country: country().optional(),
    lat: number({ min: -90, max: 90 }).optional(),
    lon: number({ min: -180, max: 180 }).optional(),
    kind: oneOf(LOCATION_KINDS).optional(),
  }),
  routes: entity("route", {
    id: id().required(),
    name: text().required(),
    mode: oneOf(ROUTE_MODES).optional(),
    waypoints: refList(">", "location").required(),
  }),
  cases: entity("case", {
    id: id().required(),
    crime_type: oneOf(CRIME_TYPES).required(),
    title: text().optional(),
    opened: date().optional(),
    agency: text().optional(),
    country: country().optional(),
  }),
  organisations: entity("organisation", {
    id: id().required(),
    name: text().required(),
    kind: text().optional(),
    country: country().optional(),
  }),
  online_accounts: entity("online_account", {
    id: id().required(),
    platform: text().required(),
    handle: text().required(),
    url: text().optional(),
  }),
} as const;

export const LINK_FILES = {
  phone_usage: link("uses_phone", "person_id", "phone_id", {
    person_id: ref("person").required(),
    phone_id: ref("phone").required(),
    from: date().optional(),
    to: date().optional(),
  }),
  calls: link("call", "caller_phone_id", "callee_phone_id", {
    caller_phone_id: ref("phone").required(),
    callee_phone_id: ref("phone").required(),
    start: dateTime().required(),
    duration_s: integer({ min: 0 }).optional(),
  }),
  transfers: link("transfer", "sender_id", "receiver_id", {
    id: id().required(),
    sender_id: ref("person", "organisation").required(),
    receiver_id: ref("person", "organisation").required(),
    amount: number({ positive: true }).required(),
    currency: currency().required(),
    date: date().required(),
    channel: oneOf(TRANSFER_CHANNELS).optional(),
  }),
  vehicle_usage: link("uses_vehicle", "person_id", "vehicle_id", {
    person_id: ref("person").required(),
    vehicle_id: ref("vehicle").required(),
    role: oneOf(VEHICLE_ROLES).optional(),
    from: date().optional(),
    to: date().optional(),
  }),
  route_usage: link("travels", "subject_id", "route_id", {
    subject_id: ref("person", "vehicle").required(),
    route_id: ref("route").required(),
    date: date().optional(),
    role: oneOf(ROUTE_ROLES).optional(),
  }),
  sightings: link("sighted_at", "subject_id", "location_id", {
    subject_id: ref("vehicle", "person").required(),
    location_id: ref("location").required(),
    time: dateTime().required(),
  }),
  case_involvement: link("involved_in", "person_id", "case_id", {
    person_id: ref("person", "organisation").required(),
    case_id: ref("case").required(),
    role: oneOf(INVOLVEMENT_ROLES).optional(),
  }),
  associations: link("associated_with", "a_id", "b_id", {
    a_id: ref("person", "organisation").required(),
    b_id: ref("person", "organisation").required(),
    kind: oneOf(ASSOCIATION_KINDS).optional(),
  }),
  online_usage: link("uses_account", "person_id", "account_id", {
    person_id: ref("person").required(),
    account_id: ref("online_account").required(),
  }),
} as const;

export type EntityFileName = keyof typeof ENTITY_FILES;
export type LinkFileName = keyof typeof LINK_FILES;
export type RecordFileName = EntityFileName | LinkFileName;

type FieldsOf<T> = T extends { fields: infer S extends FieldSet } ? RecordOf<S> : never;

export type PersonRecord = FieldsOf<(typeof ENTITY_FILES)["persons"]>;
export type PhoneRecord = FieldsOf<(typeof ENTITY_FILES)["phones"]>;
export type VehicleRecord = FieldsOf<(typeof ENTITY_FILES)["vehicles"]>;
export type LocationRecord = FieldsOf<(typeof ENTITY_FILES)["locations"]>;
export type RouteRecord = FieldsOf<(typeof ENTITY_FILES)["routes"]>;
export type CaseRecord = FieldsOf<(typeof ENTITY_FILES)["cases"]>;
export type OrganisationRecord = FieldsOf<(typeof ENTITY_FILES)["organisations"]>;
export type OnlineAccountRecord = FieldsOf<(typeof ENTITY_FILES)["online_accounts"]>;
export type PhoneUsageRecord = FieldsOf<(typeof LINK_FILES)["phone_usage"]>;
export type CallRecord = FieldsOf<(typeof LINK_FILES)["calls"]>;
export type TransferRecord = FieldsOf<(typeof LINK_FILES)["transfers"]>;
export type VehicleUsageRecord = FieldsOf<(typeof LINK_FILES)["vehicle_usage"]>;
export type RouteUsageRecord = FieldsOf<(typeof LINK_FILES)["route_usage"]>;
export type SightingRecord = FieldsOf<(typeof LINK_FILES)["sightings"]>;
export type CaseInvolvementRecord = FieldsOf<(typeof LINK_FILES)["case_involvement"]>;
export type AssociationRecord = FieldsOf<(typeof LINK_FILES)["associations"]>;
export type OnlineUsageRecord = FieldsOf<(typeof LINK_FILES)["online_usage"]>;

export type EntityType = (typeof ENTITY_FILES)[EntityFileName]["type"];
export type LinkType = (typeof LINK_FILES)[LinkFileName]["type"];
export const ENTITY_TYPES = Object.values(ENTITY_FILES).map((spec) => spec.type) as EntityType[];
export const LINK_TYPES = Object.values(LINK_FILES).map((spec) => spec.type) as LinkType[];
