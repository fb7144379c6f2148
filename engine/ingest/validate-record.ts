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
  /** From a CSV header: per field, the column its cells stand in (-1: none), and per extra column. */
  columnOf?: Int32Array;
  extraColumnOf?: Int32Array;
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

/**
 * Fixes the columns from a CSV header: every row of the file has exactly
 * these, so each field's cell is found by its place (a name given twice: the
 * last, as a row object keyed by name would hold).
 */
export function planColumns(plan: FieldPlan, columns: readonly string[]): void {
  const sample: Record<string, true> = {};
  const place = new Map<string, number>();
  columns.forEach((column, at) => {
    sample[column] = true;
    place.set(column, at);
  });
  const extraColumns = Object.keys(sample).filter((name) => !Object.hasOwn(plan.fields, name));
  plan.extraColumns = extraColumns;
  plan.columnOf = Int32Array.from(plan.names, (name) => place.get(name) ?? -1);
  plan.extraColumnOf = Int32Array.from(extraColumns, (name) => place.get(name)!);
}

/**
 * `row`: a CSV row's cells in the header's order (planColumns said where
 * each field is: no lookup by name, no object per row), or an NDJSON row's
 * values by name.
 */
export function validateRow(
  plan: FieldPlan,
  row: RawRow | readonly string[],
  file: string,
  line: number,
  problems: ProblemSink,
): ValidatedRow | undefined {
  const values: RecordValues = {};
  const { names, specs, mandatory, interned } = plan;
  const cells = Array.isArray(row) ? (row as readonly string[]) : undefined;
  const raw = row as RawRow;
  const columnOf = plan.columnOf!;
  let valid = true;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const field = specs[i]!;
    const column = cells === undefined ? -1 : columnOf[i]!;
    const text = cells === undefined ? raw[name] : column < 0 ? undefined : cells[column];
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
    const extraColumnOf = plan.extraColumnOf!;
    for (let i = 0; i < extraColumns.length; i++) {
      const name = extraColumns[i]!;
      const text = cells === undefined ? raw[name] : cells[extraColumnOf[i]!];
      if (text === undefined || text === "") continue;
      (extra ??= {})[name] = text;
    }
  } else {
    for (const name in raw) {
      const text = raw[name];
      if (Object.hasOwn(plan.fields, name) || text === undefined || text === "") continue;
      (extra ??= {})[name] = text;
    }
  }
  return extra ? { values, extra } : { values };
}
