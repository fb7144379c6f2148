/**
 * Query normalisation matching the importer's (engine/model/fields.ts), so a
 * phone or plate written any way finds the record stored in normal form.
 */
import { phoneNumber, plate } from "../../engine/model/index.ts";

const E164 = phoneNumber().required();
const PLATE = plate().required();

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
