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
 * Made one entity at a time (`ftmEntities`), so an export of any size is
 * written as it is made, with progress, never held as one string.
 */
import {
  CATEGORY_LABELS,
  CRIME_TYPE_LABELS,
  type CrimeType,
  type EntityGraph,
  type PersonCategory,
} from "../../model/index.ts";
import { waypointsOf } from "../../access/visibility.ts";
import { compareText } from "../order.ts";
import { graphMarking } from "../records.ts";
import { reported, type ExportProgress } from "./export-progress.ts";
import { crimeTopics } from "./ftm-topics.ts";
import { linkEntity } from "./ftm-links.ts";
import { entityId as id, ftmEntity, FtmReader, markingNote, type FtmEntity } from "./ftm-values.ts";

export { ftmDate, ftmId, type FtmEntity } from "./ftm-values.ts";

const THING_SCHEMA: Record<string, string> = {
  person: "Person",
  organisation: "Organization",
  vehicle: "Vehicle",
  location: "Address",
  route: "Event",
  case: "CourtCase",
  online_account: "UserAccount",
};

/**
 * Entities between progress reports: a power of two less one, so that an
 * entity's few milliseconds on a busy machine still report well within a second.
 */
const ENTITIES_EVERY = 511;

export const toFtm = (graph: EntityGraph): FtmEntity[] => [...ftmEntities(graph)];

/** The NDJSON file's lines, one entity a line, reported as the stage "write ftm". */
export function* ftmLines(graph: EntityGraph, progress?: ExportProgress): Generator<string> {
  for (const entity of ftmEntities(graph, progress)) yield JSON.stringify(entity);
}

/**
 * The entities of the things (in the text order of their ids), then of the
 * links (likewise), counted in nodes and edges as "write ftm".
 */
export function* ftmEntities(graph: EntityGraph, progress?: ExportProgress): Generator<FtmEntity> {
  const nodes = graph.nodes().sort(compareText);
  const edges = graph.edges().sort(compareText);
  const total = nodes.length + edges.length;
  const reader = new FtmReader(graph);
  for (const node of reported(nodes, total, "write ftm", progress, 0, ENTITIES_EVERY)) {
    const thing = thingEntity(reader, node);
    if (thing) yield thing;
  }
  const links = reported(edges, total, "write ftm", progress, nodes.length, ENTITIES_EVERY);
  for (const edge of links) {
    const link = linkEntity(reader, edge);
    if (link) yield link;
  }
}

/** The entity of the thing `node`, or nothing for a phone (its number goes to its users and calls). */
function thingEntity(reader: FtmReader, node: string): FtmEntity | undefined {
  const { graph } = reader;
  const a = graph.getNodeAttributes(node);
  const schema = THING_SCHEMA[a.type];
  if (!schema) return undefined;
  const p: Record<string, unknown> = {
    name: a.label,
    notes: [
      markingNote(graphMarking(graph, [node, ...carried(reader, node, a.type)])),
      ...reader.outsidePlan(numbersOf(graph, node)),
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
        phone: numbersOf(graph, node).filter((number) => reader.planned(number)),
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
        phone: numbersOf(graph, node).filter((number) => reader.planned(number)),
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
        owner: reader.usersOf(node, "uses_account").map(id),
      });
      break;
  }
  return ftmEntity(id(node), schema, p);
}

const phoneUses = (graph: EntityGraph, node: string) =>
  graph.filterOutEdges(node, (_edge, attributes) => attributes.type === "uses_phone");

const numbersOf = (graph: EntityGraph, node: string) =>
  phoneUses(graph, node)
    .map((edge) => graph.getNodeAttribute(graph.target(edge), "label"))
    .sort(compareText);

/** The records an entity's properties come from, beyond its own. */
function carried(reader: FtmReader, node: string, type: string): string[] {
  const { graph } = reader;
  switch (type) {
    case "person":
    case "organisation":
      return [
        ...phoneUses(graph, node).flatMap((edge) => [edge, graph.target(edge)]),
        ...crimeTopics(graph, node).records,
      ];
    case "route":
      return waypointsOf(graph.getNodeAttributes(node));
    case "online_account":
      return reader.usesOf(node, "uses_account");
    default:
      return [];
  }
}

const lower = (value: unknown) => (typeof value === "string" ? value.toLowerCase() : undefined);
