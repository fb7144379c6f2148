/**
 * The parts FollowTheMoney entities are made of, shared by things
 * (ftm.ts) and links (ftm-links.ts): ids, cleaned property lists, the
 * marking note, the graph as they read it, and dates as FtM keeps them.
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

/**
 * The graph as the entities read it, with what they ask again and again
 * worked out once per export: the uses of each phone or account (else a
 * busy phone's calls are walked for every call it makes or takes) and
 * whether a number fits its numbering plan (libphonenumber's parse is slow).
 */
export class FtmReader {
  readonly #uses = new Map<string, string[]>();
  readonly #valid = new Map<string, boolean>();

  constructor(readonly graph: EntityGraph) {}

  /** The links of `type` into `node` (a phone's or an account's uses). */
  usesOf(node: string, type: string): string[] {
    const key = `${type}\u0000${node}`;
    let uses = this.#uses.get(key);
    if (!uses) {
      uses = this.graph.filterInEdges(node, (_edge, attributes) => attributes.type === type);
      this.#uses.set(key, uses);
    }
    return uses;
  }

  /** The entities using `node` through links of `type` (a phone's or an account's users), in text order. */
  usersOf(node: string, type: string): string[] {
    return this.usesOf(node, type)
      .map((edge) => this.graph.source(edge))
      .sort(compareText);
  }

  /**
   * FtM's phone type takes only numbers valid in their country's numbering
   * plan (Google's libphonenumber, as libphonenumber-js/max here); any other
   * number is kept in the entity's notes rather than dropped by Aleph.
   */
  planned(number: string): string | undefined {
    let valid = this.#valid.get(number);
    if (valid === undefined) {
      valid = isValidPhoneNumber(number);
      this.#valid.set(number, valid);
    }
    return valid ? number : undefined;
  }

  /** The numbers outside their plan, as notes. */
  outsidePlan(numbers: readonly string[]): string[] {
    return numbers
      .filter((number) => this.planned(number) === undefined)
      .map((number) => `phone number outside its numbering plan: ${number}`);
  }
}

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
 * A date or date-time as FtM keeps it: FtM's cleaning reads "…T10:00:05Z"
 * to the minute and drops the seconds, but keeps "…T10:00:05" whole; the
 * import holds date-times in UTC, which is what FtM assumes.
 */
export const ftmDate = (value: unknown): string | undefined =>
  typeof value === "string" ? value.replace(/Z$/, "") : undefined;
