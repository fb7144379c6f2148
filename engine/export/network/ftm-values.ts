/**
 * The parts FollowTheMoney entities are made of, shared by things
 * (ftm.ts) and links (ftm-links.ts): ids, cleaned property lists, the
 * marking note, and phone numbers and dates as FtM keeps them.
 */
import { createHash } from "node:crypto";
import { isValidPhoneNumber } from "libphonenumber-js/max";
import type { EntityGraph } from "../../model/index.ts";
import { compareText } from "../order.ts";
import type { Marking } from "../records.ts";

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

export const ftmId = (kind: "entity" | "link", key: string): string =>
  createHash("sha1").update(`crosslink.${kind}.${key}`).digest("hex");

/** The FtM id of an entity of the graph. */
export const entityId = (node: string): string => ftmId("entity", node);

/** The entities using `node` through links of `type` (a phone's or an account's users), in text order. */
export const usersOf = (graph: EntityGraph, node: string, type: string): string[] =>
  graph
    .filterInEdges(node, (_edge, attributes) => attributes.type === type)
    .map((edge) => graph.source(edge))
    .sort(compareText);

/** Every property a list of strings, empty values left out, names in text order. */
export function ftmEntity(
  id: string,
  schema: string,
  properties: Record<string, unknown>,
): FtmEntity {
  const clean: Record<string, string[]> = {};
  for (const name of Object.keys(properties).sort(compareText)) {
    const values = (Array.isArray(properties[name]) ? properties[name] : [properties[name]])
      .filter((value) => value !== undefined && value !== null && value !== "")
      .map(String);
    if (values.length > 0) clean[name] = values;
  }
  return { id, schema, properties: clean };
}

export function markingNote(marking: Marking): string {
  const codes = marking.handling_codes;
  return codes.length === 0
    ? `classification: ${marking.classification}`
    : `classification: ${marking.classification}; handling code${codes.length > 1 ? "s" : ""}: ${codes.join("; ")}`;
}

/**
 * FtM's phone type takes only numbers valid in their country's numbering
 * plan (Google's libphonenumber, as libphonenumber-js/max here); any other
 * number is kept in the entity's notes rather than dropped by Aleph.
 */
export const planned = (number: string) => (isValidPhoneNumber(number) ? number : undefined);
export const outsidePlan = (numbers: readonly string[]) =>
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
