/**
 * Field types of the import contract (docs/DATASET-FORMAT.md).
 *
 * Each field knows how to read its raw text (a CSV cell or an NDJSON value
 * turned into text) into a typed, normalised value, and throws a FieldError
 * whose message is the "what is wrong" part of `file:line: field: message`.
 * The record schemas in schema.ts are built from these, and their TypeScript
 * types are inferred from the same definitions, so the two cannot drift.
 */
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

export class FieldError extends Error {}

export interface Field<T, Required extends boolean = boolean> {
  readonly required: Required;
  /** Reads a non-empty raw value; `row` gives other normalised fields of the same record. */
  readonly parse: (raw: string, row: Readonly<Record<string, unknown>>) => T;
  /** Value used when the cell is empty; undefined means "not known". */
  readonly fallback?: T;
  /** Entity types a reference field may point to (for link validation). */
  readonly references?: readonly string[];
  /** A calendar date or a date-time (ISO 8601 text): what a store may keep as a temporal value. */
  readonly format?: TemporalFormat;
}

export type TemporalFormat = "date" | "date-time";

export type FieldValue<F> =
  F extends Field<infer T, infer Required> ? (Required extends true ? T : T | undefined) : never;

type AnyField = Field<unknown, boolean>;
export type FieldSet = Readonly<Record<string, AnyField>>;
export type RecordOf<S extends FieldSet> = { -readonly [K in keyof S]: FieldValue<S[K]> };

function field<T>(
  parse: (raw: string, row: Readonly<Record<string, unknown>>) => T,
  format?: TemporalFormat,
) {
  const described = format === undefined ? {} : { format };
  return {
    optional: (): Field<T, false> => ({ required: false, parse, ...described }),
    required: (): Field<T, true> => ({ required: true, parse, ...described }),
    withDefault: (fallback: T): Field<T, true> => ({
      required: false as true,
      parse,
      fallback,
      ...described,
    }),
  };
}

const quote = (raw: string) => JSON.stringify(raw.length > 60 ? raw.slice(0, 57) + "..." : raw);

/** Printable ASCII words with single spaces: already normalised, so kept without a copy. */
const PLAIN_TEXT = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

export const text = () =>
  field((raw) => (PLAIN_TEXT.test(raw) ? raw : raw.normalize("NFC").trim().replace(/\s+/g, " ")));

/** The first C0 or C1 control, or line or paragraph separator, in the text. */
function controlIn(text: string): number | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029)
      return code;
  }
  return undefined;
}

/**
 * Ids are kept exactly as written apart from surrounding spaces; a control
 * character inside would let an id split a header, a log line or a CSV row.
 */
export const id = () =>
  field((raw) => {
    const value = raw.trim();
    if (value.length > 200) throw new FieldError(`${quote(value)} is too long for an id`);
    const control = controlIn(value);
    if (control !== undefined) {
      const code = control.toString(16).toUpperCase().padStart(4, "0");
      throw new FieldError(`${quote(value)} holds the control character U+${code}; an id must not`);
    }
    return value;
  });

export const oneOf = <const V extends readonly string[]>(values: V) =>
  field((raw): V[number] => {
    // The vocabulary's own string, not the cell's copy: a million rows then share one.
    const index = (values as readonly string[]).indexOf(raw.trim().toLowerCase());
    if (index === -1) throw new FieldError(`${quote(raw)} is not one of ${values.join(", ")}`);
    return values[index] as V[number];
  });

/** ISO 8601 calendar date, possibly reduced to a month or a year. */
export const date = () =>
  field((raw) => {
    const value = raw.trim();
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
    if (!match || !validCalendarDate(match[1]!, match[2], match[3])) {
      throw new FieldError(`${quote(raw)} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
    }
    return value;
  }, "date");

/** ISO 8601 date-time; kept as written once checked, normalised to UTC when it has an offset. */
export const dateTime = () =>
  field((raw) => {
    const value = raw.trim();
    const match =
      /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
        value,
      );
    if (
      !match ||
      !validCalendarDate(match[1]!, match[2], match[3]) ||
      Number(match[4]) > 23 ||
      Number(match[5]) > 59 ||
      Number(match[6] ?? 0) > 59
    ) {
      throw new FieldError(`${quote(raw)} is not a date-time (YYYY-MM-DDTHH:MM:SSZ)`);
    }
    if (!match[7]) return value.replace(" ", "T");
    return new Date(value.replace(" ", "T")).toISOString().replace(".000Z", "Z");
  }, "date-time");

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days counted rather than a Date made: a million dates and date-times are read at 1M links. */
function validCalendarDate(year: string, month?: string, day?: string): boolean {
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const y = Number(year);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d >= 1 && d <= DAYS_IN_MONTH[m - 1]! + (m === 2 && leap ? 1 : 0);
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export const number = (options: { min?: number; max?: number; positive?: boolean } = {}) =>
  field((raw) => {
    const value = raw.trim();
    if (!NUMBER.test(value)) throw new FieldError(`${quote(raw)} is not a number`);
    const parsed = Number(value);
    if (options.positive && !(parsed > 0))
      throw new FieldError(`${quote(raw)} is not a positive number`);
    if (options.min !== undefined && parsed < options.min) {
      throw new FieldError(`${quote(raw)} is below ${options.min}`);
    }
    if (options.max !== undefined && parsed > options.max) {
      throw new FieldError(`${quote(raw)} is above ${options.max}`);
    }
    return parsed;
  });

export const integer = (options: { min?: number } = {}) =>
  field((raw) => {
    const value = raw.trim();
    if (!/^[+-]?\d+$/.test(value)) throw new FieldError(`${quote(raw)} is not a whole number`);
    const parsed = Number(value);
    if (options.min !== undefined && parsed < options.min) {
      throw new FieldError(`${quote(raw)} is below ${options.min}`);
    }
    return parsed;
  });

/** ISO 3166-1 alpha-2, stored upper case. */
export const country = () =>
  field((raw) => {
    const value = raw.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(value))
      throw new FieldError(`${quote(raw)} is not an ISO 3166-1 alpha-2 country code`);
    return value;
  });

/** ISO 4217, stored upper case. */
export const currency = () =>
  field((raw) => {
    const value = raw.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(value))
      throw new FieldError(`${quote(raw)} is not an ISO 4217 currency code`);
    return value;
  });

/** A list in one cell, split on `separator`; empty items dropped. */
export const list = (separator: string) =>
  field((raw) =>
    raw
      .split(separator)
      .map((item) => item.normalize("NFC").trim())
      .filter((item) => item.length > 0),
  );

/**
 * A phone number in any written form, stored as E.164. A national form is
 * read with the record's `country` field as the default region.
 */
export const phoneNumber = () =>
  field((raw, row) => {
    const region = typeof row.country === "string" ? (row.country as CountryCode) : undefined;
    // Punctuation varies with whoever wrote the number down; only digits and a leading + or 00 matter.
    const digits = raw.replace(/[^\d+]/g, "");
    const compact = digits.startsWith("00") ? `+${digits.slice(2)}` : digits;
    const parsed = parsePhoneNumberFromString(compact, region);
    if (!parsed || !parsed.isPossible()) {
      throw new FieldError(
        `${quote(raw)} is not a phone number${region ? ` of ${region}` : " (write it in international form or give country)"}`,
      );
    }
    return parsed.number as string;
  });

/** Plates are compared without spaces or dashes, upper case. */
export const plate = () =>
  field((raw) => {
    const value = raw
      .normalize("NFC")
      .toUpperCase()
      .replace(/[\s\-.·]/g, "");
    if (!/^[\p{L}\p{N}]+$/u.test(value)) throw new FieldError(`${quote(raw)} is not a plate`);
    return value;
  });

/** A reference to an entity id of one of the given types. */
export const ref = (...types: string[]) => ({
  required: (): Field<string, true> => ({ ...id().required(), references: types }),
  optional: (): Field<string, false> => ({ ...id().optional(), references: types }),
});

/** A list of references joined by `separator` (route waypoints). */
export const refList = (separator: string, ...types: string[]) => ({
  required: (): Field<string[], true> => ({ ...list(separator).required(), references: types }),
});
