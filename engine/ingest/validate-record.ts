/** Checks one raw row against its file's field set and returns the typed, normalised values. */
import { FieldError, type FieldSet } from "../model/index.ts";
import type { RecordProblem } from "./errors.ts";
import type { RawRow } from "./read-rows.ts";

export type RecordValues = Record<string, unknown>;

export interface ValidatedRow {
  values: RecordValues;
  /** Columns the contract does not define, kept as text. */
  extra?: Record<string, string>;
}

export function validateRow(
  fields: FieldSet,
  raw: RawRow,
  where: { file: string; line: number },
  problems: RecordProblem[],
): ValidatedRow | undefined {
  const values: RecordValues = {};
  let valid = true;
  for (const [name, field] of Object.entries(fields)) {
    const text = raw[name];
    if (text === undefined || text.trim() === "") {
      if (field.required && field.fallback === undefined) {
        problems.push({ ...where, field: name, message: "is required and is empty" });
        valid = false;
      } else if (field.fallback !== undefined) {
        values[name] = field.fallback;
      }
      continue;
    }
    try {
      values[name] = field.parse(text, values);
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      problems.push({ ...where, field: name, message: error.message });
      valid = false;
    }
  }
  if (!valid) return undefined;
  let extra: Record<string, string> | undefined;
  for (const [name, text] of Object.entries(raw)) {
    if (name in fields || text === undefined || text === "") continue;
    (extra ??= {})[name] = text;
  }
  return extra ? { values, extra } : { values };
}
