/**
 * FollowTheMoney entities (https://followthemoney.tech) as NDJSON, for
 * Aleph: one `{ id, schema, properties }` object a line, every property a
 * list of strings. Mapping:
 *   person → Person, organisation → Organization, vehicle → Vehicle,
 *   location → Address, route → Event (its waypoints as addressEntity),
 *   case → CourtCase, online_account → UserAccount (users as owner),
 *   phone → the `phone` property of its users and the numbers of a Call,
 *   call → Call, transfer → Payment, case involvement → CourtCaseParty,
 *   vehicle use → Ownership for an owner, else UnknownLink,
 *   association → Family, Associate, Employment, or Directorship for control of
 *   an organisation, where the ends fit, else UnknownLink,
 *   a person's category → `keywords` (in words), the crime types of its cases
 *   (as a suspect, never as a victim or witness) → `topics` (ftm-topics.ts),
 *   date-times → without the trailing Z, which FtM's cleaning would cut to minutes,
 *   route use and sightings → UnknownLink (subject, role, date; object the route or place).
 * Ids are SHA-1 digests of the record's kind and key, so the same records
 * always give the same ids. The marking goes into `notes` (things) or
 * `description` (intervals): the highest classification and every handling
 * code of the records the entity carries (a person's phone numbers come from
 * phone and phone-use records, a call's numbers and parties too, a route's
 * places from location records), never less; the source into `publisher`.
 */
import { createHash } from "node:crypto";
import { isValidPhoneNumber } from "libphonenumber-js/max";
import {
  CATEGORY_LABELS,
  CRIME_TYPE_LABELS,
  type CrimeType,
  type EntityGraph,
  type LinkAttributes,
  type PersonCategory,
} from "../../model/index.ts";
import { waypointsOf } from "../../access/visibility.ts";
import { compareText } from "../order.ts";
import { crimeTopics } from "./ftm-topics.ts";
import { graphMarking, type Marking } from "../records.ts";

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

export const ftmId = (kind: "entity" | "link", key: string): string =>
  createHash("sha1").update(`crosslink.${kind}.${key}`).digest("hex");

const THING_SCHEMA: Record<string, string> = {
  person: "Person",
  organisation: "Organization",
  vehicle: "Vehicle",
  location: "Address",
  route: "Event",
  case: "CourtCase",
  online_account: "UserAccount",
};

export function toFtm(graph: EntityGraph): FtmEntity[] {
  const entities: FtmEntity[] = [];
  const id = (node: string) => ftmId("entity", node);
  const usersOf = (node: string, type: string) =>
    graph
      .filterInEdges(node, (_edge, attributes) => attributes.type === type)
      .map((edge) => graph.source(edge))
      .sort(compareText);
  const phoneUses = (node: string) =>
    graph.filterOutEdges(node, (_edge, attributes) => attributes.type === "uses_phone");
  const numbersOf = (node: string) =>
    phoneUses(node)
      .map((edge) => graph.getNodeAttribute(graph.target(edge), "label"))
      .sort(compareText);
  /** The records an entity's properties come from, beyond its own. */
  const carried = (node: string, type: string): string[] => {
    switch (type) {
      case "person":
      case "organisation":
        return [
          ...phoneUses(node).flatMap((edge) => [edge, graph.target(edge)]),
          ...crimeTopics(graph, node).records,
        ];
      case "route":
        return waypointsOf(graph.getNodeAttributes(node));
      case "online_account":
        return graph.filterInEdges(node, (_edge, attributes) => attributes.type === "uses_account");
      default:
        return [];
    }
  };
  /** A call names its numbers and, through their uses, its parties. */
  const callRecords = (phone: string) =>
    graph
      .filterInEdges(phone, (_edge, attributes) => attributes.type === "uses_phone")
      .concat(phone);

  for (const node of graph.nodes().sort(compareText)) {
    const a = graph.getNodeAttributes(node);
    const schema = THING_SCHEMA[a.type];
    if (!schema) continue;
    const p: Record<string, unknown> = {
      name: a.label,
      notes: [
        markingNote(graphMarking(graph, [node, ...carried(node, a.type)])),
        ...outsidePlan(numbersOf(node)),
      ],
      publisher: a.source,
      country: lower(a.country),
    };
    switch (a.type) {
      case "person":
        Object.assign(p, {
          alias: a.aliases,
          birthDate: a.birth_date,
          nationality: lower(a.nationality),
          phone: numbersOf(node).filter((number) => isValidPhoneNumber(number)),
          topics: crimeTopics(graph, node).topics,
          // What the person is to the investigation: a victim must not read as a suspect.
          keywords:
            typeof a.category === "string"
              ? CATEGORY_LABELS[a.category as PersonCategory]
              : undefined,
        });
        break;
      case "organisation":
        Object.assign(p, {
          phone: numbersOf(node).filter((number) => isValidPhoneNumber(number)),
          sector: a.kind,
          topics: crimeTopics(graph, node).topics,
        });
        break;
      case "vehicle":
        Object.assign(p, {
          registrationNumber: a.plate,
          model: [a.make, a.model].filter(Boolean).join(" ") || undefined,
          type: a.kind,
        });
        break;
      case "location":
        Object.assign(p, {
          full: [a.name, a.country].filter(Boolean).join(", "),
          latitude: a.lat,
          longitude: a.lon,
          remarks: a.kind,
        });
        break;
      case "route":
        Object.assign(p, {
          summary: `route${a.mode ? ` (${String(a.mode)})` : ""}`,
          addressEntity: ((a.waypoints as string[] | undefined) ?? [])
            .filter((w) => graph.hasNode(w))
            .map(id),
        });
        break;
      case "case":
        Object.assign(p, {
          caseNumber: node,
          category: a.crime_type && CRIME_TYPE_LABELS[a.crime_type as CrimeType],
          fileDate: a.opened,
          court: a.agency,
        });
        break;
      case "online_account":
        Object.assign(p, {
          username: a.handle,
          service: a.platform,
          sourceUrl: a.url,
          owner: usersOf(node, "uses_account").map(id),
        });
        break;
    }
    entities.push(entity(id(node), schema, p));
  }

  for (const edge of graph.edges().sort(compareText)) {
    const a = graph.getEdgeAttributes(edge);
    const source = graph.source(edge);
    const target = graph.target(edge);
    const marking = graphMarking(
      graph,
      a.type === "call" ? [edge, ...callRecords(source), ...callRecords(target)] : [edge],
    );
    const numbers =
      a.type === "call"
        ? [source, target].map((phone) => graph.getNodeAttribute(phone, "label"))
        : [];
    const common = {
      recordId: edge,
      description: [markingNote(marking), ...outsidePlan(numbers)],
      publisher: a.source,
    };
    const linkId = ftmId("link", edge);
    const link = (schema: string, p: Record<string, unknown>) =>
      entities.push(entity(linkId, schema, { ...common, ...p }));
    switch (a.type) {
      case "call":
        link("Call", {
          caller: usersOf(source, "uses_phone").map(id),
          callerNumber: planned(numbers[0]!),
          receiver: usersOf(target, "uses_phone").map(id),
          receiverNumber: planned(numbers[1]!),
          date: ftmDate(a.start),
          duration: a.duration_s,
        });
        break;
      case "transfer":
        link("Payment", {
          payer: id(source),
          beneficiary: id(target),
          amount: a.amount,
          currency: a.currency,
          date: a.date,
          transactionNumber: a.id,
          summary: a.channel,
        });
        break;
      case "involved_in":
        link("CourtCaseParty", { party: id(source), case: id(target), role: a.role });
        break;
      case "uses_vehicle":
        if (a.role === "owner")
          link("Ownership", { owner: id(source), asset: id(target), role: a.role, ...period(a) });
        else
          link("UnknownLink", {
            subject: id(source),
            object: id(target),
            role: a.role ?? "uses vehicle",
            ...period(a),
          });
        break;
      case "travels":
        link("UnknownLink", {
          subject: id(source),
          object: id(target),
          role: a.role ?? "travels",
          date: a.date,
        });
        break;
      case "sighted_at":
        link("UnknownLink", {
          subject: id(source),
          object: id(target),
          role: "sighted at",
          date: ftmDate(a.time),
        });
        break;
      case "associated_with": {
        const [schema, p] = association(graph, source, target, a, id);
        link(schema, p);
        break;
      }
    }
  }
  return entities;
}

function association(
  graph: EntityGraph,
  a: string,
  b: string,
  attributes: LinkAttributes,
  id: (node: string) => string,
): [string, Record<string, unknown>] {
  const typeA = graph.getNodeAttribute(a, "type");
  const typeB = graph.getNodeAttribute(b, "type");
  const kind = attributes.kind as string | undefined;
  if (typeA === "person" && typeB === "person") {
    if (kind === "family")
      return ["Family", { person: id(a), relative: id(b), relationship: kind }];
    if (kind !== "employee" && kind !== "controls") {
      return ["Associate", { person: id(a), associate: id(b), relationship: kind }];
    }
  }
  if (kind === "controls" && typeA !== typeB) {
    // Control of an organisation is a directorship in FtM (Ownership's asset cannot be one).
    const [director, organisation] = typeA === "organisation" ? [b, a] : [a, b];
    return [
      "Directorship",
      { director: id(director), organization: id(organisation), role: "controls" },
    ];
  }
  if (kind === "employee" && typeA !== typeB) {
    const [employee, employer] = typeA === "person" ? [a, b] : [b, a];
    return ["Employment", { employee: id(employee), employer: id(employer), role: kind }];
  }
  return ["UnknownLink", { subject: id(a), object: id(b), role: kind ?? "associated with" }];
}

function entity(id: string, schema: string, properties: Record<string, unknown>): FtmEntity {
  const clean: Record<string, string[]> = {};
  for (const name of Object.keys(properties).sort(compareText)) {
    const values = (Array.isArray(properties[name]) ? properties[name] : [properties[name]])
      .filter((value) => value !== undefined && value !== null && value !== "")
      .map(String);
    if (values.length > 0) clean[name] = values;
  }
  return { id, schema, properties: clean };
}

function markingNote(marking: Marking): string {
  const codes = marking.handling_codes;
  return codes.length === 0
    ? `classification: ${marking.classification}`
    : `classification: ${marking.classification}; handling code${codes.length > 1 ? "s" : ""}: ${codes.join("; ")}`;
}

const lower = (value: unknown) => (typeof value === "string" ? value.toLowerCase() : undefined);

/**
 * FtM's phone type takes only numbers valid in their country's numbering
 * plan (Google's libphonenumber, as libphonenumber-js/max here); any other
 * number is kept in the entity's notes rather than dropped by Aleph.
 */
const planned = (number: string) => (isValidPhoneNumber(number) ? number : undefined);
const outsidePlan = (numbers: readonly string[]) =>
  numbers
    .filter((number) => !isValidPhoneNumber(number))
    .map((number) => `phone number outside its numbering plan: ${number}`);

/**
 * A date or date-time as FtM keeps it: FtM's cleaning reads "…T10:00:05Z"
 * to the minute and drops the seconds, but keeps "…T10:00:05" whole; the
 * import holds date-times in UTC, which is what FtM assumes.
 */
export const ftmDate = (value: unknown): string | undefined =>
  typeof value === "string" ? value.replace(/Z$/, "") : undefined;

const period = (attributes: LinkAttributes) => ({
  startDate: attributes.from,
  endDate: attributes.to,
});

export function toFtmNdjson(graph: EntityGraph): string {
  return toFtm(graph)
    .map((e) => `${JSON.stringify(e)}\n`)
    .join("");
}
