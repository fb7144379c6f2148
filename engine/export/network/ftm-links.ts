/**
 * A link record as a FollowTheMoney interval entity (the mapping is listed
 * in ftm.ts): call → Call, transfer → Payment, case involvement →
 * CourtCaseParty, vehicle use → Ownership or UnknownLink, association →
 * Family, Associate, Employment, Directorship or UnknownLink, route use and
 * sightings → UnknownLink. Its marking goes into `description`: a call's is
 * also that of the numbers it names and of their uses, which name its parties.
 */
import type { EntityGraph, LinkAttributes } from "../../model/index.ts";
import { graphMarking } from "../records.ts";
import {
  entityId as id,
  ftmDate,
  ftmEntity,
  ftmId,
  markingNote,
  type FtmEntity,
  type FtmReader,
} from "./ftm-values.ts";

/** The entity of the link record `edge`, or nothing for a link FtM has no schema for (phone and account uses). */
export function linkEntity(reader: FtmReader, edge: string): FtmEntity | undefined {
  const { graph } = reader;
  const a = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const marking = graphMarking(
    graph,
    a.type === "call"
      ? [edge, ...callRecords(reader, source), ...callRecords(reader, target)]
      : [edge],
  );
  const numbers =
    a.type === "call"
      ? [source, target].map((phone) => graph.getNodeAttribute(phone, "label"))
      : [];
  const common = {
    recordId: edge,
    description: [markingNote(marking), ...reader.outsidePlan(numbers)],
    publisher: a.source,
  };
  const link = (schema: string, p: Record<string, unknown>) =>
    ftmEntity(ftmId("link", edge), schema, { ...common, ...p });
  switch (a.type) {
    case "call":
      return link("Call", {
        caller: reader.usersOf(source, "uses_phone").map(id),
        callerNumber: reader.planned(numbers[0]!),
        receiver: reader.usersOf(target, "uses_phone").map(id),
        receiverNumber: reader.planned(numbers[1]!),
        date: ftmDate(a.start),
        duration: a.duration_s,
      });
    case "transfer":
      return link("Payment", {
        payer: id(source),
        beneficiary: id(target),
        amount: a.amount,
        currency: a.currency,
        date: a.date,
        transactionNumber: a.id,
        summary: a.channel,
      });
    case "involved_in":
      return link("CourtCaseParty", { party: id(source), case: id(target), role: a.role });
    case "uses_vehicle":
      if (a.role === "owner")
        return link("Ownership", {
          owner: id(source),
          asset: id(target),
          role: a.role,
          ...period(a),
        });
      return link("UnknownLink", {
        subject: id(source),
        object: id(target),
        role: a.role ?? "uses vehicle",
        ...period(a),
      });
    case "travels":
      return link("UnknownLink", {
        subject: id(source),
        object: id(target),
        role: a.role ?? "travels",
        date: a.date,
      });
    case "sighted_at":
      return link("UnknownLink", {
        subject: id(source),
        object: id(target),
        role: "sighted at",
        date: ftmDate(a.time),
      });
    case "associated_with":
      return link(...association(graph, source, target, a));
    default:
      return undefined;
  }
}

/** A call names its numbers and, through their uses, its parties. */
const callRecords = (reader: FtmReader, phone: string) =>
  reader.usesOf(phone, "uses_phone").concat(phone);

function association(
  graph: EntityGraph,
  a: string,
  b: string,
  attributes: LinkAttributes,
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

const period = (attributes: LinkAttributes) => ({
  startDate: attributes.from,
  endDate: attributes.to,
});
