/** Checks one raw row against its file's field set and returns the typed, normalised values. */
import { FieldError, type FieldSet } from "../model/index.ts";
import type { ProblemSink } from "./errors.ts";
import type { RawRow } from "./read-rows.ts";

export type RecordValues = Record<string, unknown>;

export interface ValidatedRow {
  values: RecordValues;
  /** Columns the contract does not define, kept as text. */
  extra?: Record<string, string>;
}

type AnyField = FieldSet[string];

/** Text fields whose values repeat across rows (a few thousand sources for a million rows). */
const REPEATING = new Set(["source", "handling_code"]);

/**
 * A file's fields as arrays, built once per file rather than per row (a
 * million `Object.entries` were most of the import's garbage), with a table
 * per repeating field so that equal values share one string.
 */
export interface FieldPlan {
  readonly fields: FieldSet;
  readonly names: readonly string[];
  readonly specs: readonly AnyField[];
  /** Whether an empty cell is an error (required without a fallback). */
  readonly mandatory: readonly boolean[];
  readonly interned: readonly (Map<string, string> | undefined)[];
  /** Columns outside the contract in the order a row object lists them; undefined: look at each row. */
  extraColumns?: readonly string[];
}

export function planFields(fields: FieldSet): FieldPlan {
  const names = Object.keys(fields);
  const specs = names.map((name) => fields[name]!);
  return {
    fields,
    names,
    specs,
    mandatory: specs.map((field) => field.required && field.fallback === undefined),
    interned: names.map((name) => (REPEATING.has(name) ? new Map<string, string>() : undefined)),
  };
}

/** Fixes the extra columns from a CSV header: every row of the file has exactly these keys. */
export function planExtraColumns(plan: FieldPlan, columns: readonly string[]): void {
  const sample: Record<string, true> = {};
  for (const column of columns) sample[column] = true;
  plan.extraColumns = Object.keys(sample).filter((name) => !(name in plan.fields));
}

export function validateRow(
  plan: FieldPlan,
  raw: RawRow,
  file: string,
  line: number,
  problems: ProblemSink,
): ValidatedRow | undefined {
  const values: RecordValues = {};
  const { names, specs, mandatory, interned } = plan;
  let valid = true;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const field = specs[i]!;
    const text = raw[name];
    if (text === undefined || text.trim() === "") {
      if (mandatory[i]) {
        problems.push({ file, line, field: name, message: "is required and is empty" });
        valid = false;
      } else if (field.fallback !== undefined) {
        values[name] = field.fallback;
      }
      continue;
    }
    try {
      const value = field.parse(text, values);
      const table = interned[i];
      if (table !== undefined && typeof value === "string") {
        const seen = table.get(value);
        if (seen === undefined) table.set(value, value);
        values[name] = seen ?? value;
      } else {
        values[name] = value;
      }
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      problems.push({ file, line, field: name, message: error.message });
      valid = false;
    }
  }
  if (!valid) return undefined;
  let extra: Record<string, string> | undefined;
  const extraColumns = plan.extraColumns;
  if (extraColumns !== undefined) {
    for (let i = 0; i < extraColumns.length; i++) {
      const name = extraColumns[i]!;
      const text = raw[name];
      if (text === undefined || text === "") continue;
      (extra ??= {})[name] = text;
    }
  } else {
    for (const name in raw) {
      const text = raw[name];
      if (name in plan.fields || text === undefined || text === "") continue;
      (extra ??= {})[name] = text;
    }
  }
  return extra ? { values, extra } : { values };
}
