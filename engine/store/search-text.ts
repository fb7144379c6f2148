/**
 * How search text meets stored values, for both stores: the importer's
 * normalisation of phone numbers and plates (engine/model/fields.ts), so a
 * number or a plate written any way finds the record stored in normal form,
 * and the trigrams and similarity of fuzzy name search.
 */
import type { EntityAttributes } from "../model/index.ts";
import { phoneNumber, plate } from "../model/index.ts";

const E164 = phoneNumber().required();
const PLATE = plate().required();

/** Entity types found by name (their label and aliases). */
export const NAMED_TYPES: readonly string[] = [
  "person",
  "organisation",
  "location",
  "route",
  "case",
];
/** Digits a national-form query must end with to be looked up by suffix. */
export const PHONE_SUFFIX = 7;
/** Least trigram similarity of a fuzzy name hit. */
export const MIN_SIMILARITY = 0.35;

/** Lower case, accents and punctuation dropped, single spaces: "Ana-María  PÉREZ" -> "ana maria perez". */
export const normaliseName = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** E.164 when the text reads as an international number, else undefined. */
export function phoneE164(text: string): string | undefined {
  try {
    return E164.parse(text, {});
  } catch {
    return undefined;
  }
}

/**
 * The significant digits of a number written in national form: punctuation,
 * an international prefix and trunk zeros dropped ("0151 234-5678" -> "1512345678").
 */
export const significantDigits = (text: string): string =>
  text.replace(/\D/g, "").replace(/^0+/, "");

export function plateKey(text: string): string | undefined {
  try {
    return PLATE.parse(text, {});
  } catch {
    return undefined;
  }
}

/** Text that is mostly digits reads as a phone number. */
export const looksLikePhone = (text: string): boolean =>
  /^[\d\s+().\-/]{6,}$/.test(text.trim()) && text.replace(/\D/g, "").length >= 6;

/** How a store finds phones: by E.164 number, and by the last PHONE_SUFFIX digits. */
export interface PhoneLookup {
  byNumber(e164: string): Promise<string[]>;
  /** Phones whose number ends with `digits` (at least PHONE_SUFFIX of them). */
  byEnding(digits: string): Promise<string[]>;
}

/**
 * International form first (+ or 00 and digits is E.164 once the punctuation
 * is gone), then national form by significant digits, and only then the
 * full parser (ten times slower), for forms like "+49 (0) 151...".
 */
export async function findPhones(text: string, lookup: PhoneLookup): Promise<string[]> {
  if (/^\s*(\+|00)/.test(text)) {
    const exact = await lookup.byNumber(`+${significantDigits(text)}`);
    if (exact.length > 0) return exact;
  }
  const digits = significantDigits(text);
  if (digits.length >= PHONE_SUFFIX) {
    const national = await lookup.byEnding(digits);
    if (national.length > 0) return national;
  }
  const parsed = phoneE164(text);
  return parsed ? lookup.byNumber(parsed) : [];
}

/** The names an entity is found by: its label and aliases, normalised, without repeats. */
export function namesOf(attributes: EntityAttributes): string[] {
  if (!NAMED_TYPES.includes(attributes.type)) return [];
  const aliases = Array.isArray(attributes.aliases) ? (attributes.aliases as string[]) : [];
  const names = new Set([attributes.label, ...aliases].map(normaliseName));
  names.delete("");
  return [...names];
}

/** Trigrams of the text padded as a whole, so prefixes weigh in (autocomplete). */
export function trigramsOf(text: string): Set<string> {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/**
 * Dice similarity of trigram sets (`shared` of the query's `queryGrams`
 * trigrams are in the name's `nameGrams`), raised for prefixes: "ana pe"
 * typed into a search box should find "ana petrova" before the last letters
 * are typed.
 */
export function similarity(
  query: string,
  queryGrams: number,
  name: string,
  nameGrams: number,
  shared: number,
): number {
  const dice = (2 * shared) / (queryGrams + nameGrams);
  return name.startsWith(query) ? Math.max(dice, 0.9) : dice;
}

/** The best similarity of an entity's names to a normalised query. */
export function bestSimilarity(query: string, names: readonly string[]): number {
  const grams = trigramsOf(query);
  let best = 0;
  for (const name of names) {
    const nameGrams = trigramsOf(name);
    let shared = 0;
    for (const gram of grams) if (nameGrams.has(gram)) shared++;
    best = Math.max(best, similarity(query, grams.size, name, nameGrams.size, shared));
  }
  return best;
}
