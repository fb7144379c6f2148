/**
 * What the full-text index (schema.ts, SEARCH_INDEX) holds for an entity: one
 * whitespace-separated token per way it can be found, each with a prefix
 * naming its field, so that one index and one analyzer ("whitespace", which
 * keeps tokens as they are) serve every kind of search:
 *
 * - `g:` a trigram of a normalised name or alias (spaces written `_`), for
 *   fuzzy names: the same trigrams as the memory store's index;
 * - `p:` a phone number in E.164 and `s:` its last PHONE_SUFFIX digits, for
 *   numbers written in national form;
 * - `v:` a plate in normal form.
 *
 * Ids need no token: the unique constraint's index finds them.
 */
import type { EntityAttributes } from "../../model/index.ts";
import { PHONE_SUFFIX, namesOf, trigramsOf } from "../search-text.ts";

export const gramTerm = (gram: string) => `g:${gram.replaceAll(" ", "_")}`;
export const numberTerm = (e164: string) => `p:${e164}`;
export const endingTerm = (digits: string) => `s:${digits.slice(-PHONE_SUFFIX)}`;
export const plateTerm = (plate: string) => `v:${plate}`;

export function searchTerms(attributes: EntityAttributes): string {
  const terms = new Set<string>();
  for (const name of namesOf(attributes))
    for (const gram of trigramsOf(name)) terms.add(gramTerm(gram));
  if (attributes.type === "phone") {
    terms.add(numberTerm(attributes.number as string));
    terms.add(endingTerm(attributes.number as string));
  }
  if (attributes.type === "vehicle") terms.add(plateTerm(attributes.plate as string));
  return [...terms].join(" ");
}

/** A Lucene query for any of the terms: each quoted, so no character of a term is syntax. */
export const anyOf = (terms: Iterable<string>): string =>
  [...terms].map((term) => `"${term.replace(/["\\]/g, "\\$&")}"`).join(" OR ");
