/** CSV text from rows with a fixed column list: header row, RFC 4180 quoting, "\n" line ends. */
import { stringify } from "csv-stringify/sync";

export type Cell = string | number | boolean | null | undefined;

const OPTIONS = { record_delimiter: "\n" } as const;

/** Rows quoted at a time by `csvLines`: few enough to stay small, enough to keep the calls cheap. */
const BATCH = 1024;

export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return stringify([columns as Cell[], ...(rows as Cell[][])], OPTIONS);
}

/**
 * The same text as `toCsv` as lines for `writeLines` (each without its
 * final line end), a batch of rows to a line, so a table of any size is
 * quoted and written as its rows come, never held whole.
 */
export function* csvLines(
  columns: readonly string[],
  rows: Iterable<readonly Cell[]>,
): Generator<string> {
  yield unended(stringify([columns as Cell[]], OPTIONS));
  let batch: Cell[][] = [];
  for (const row of rows) {
    batch.push(row as Cell[]);
    if (batch.length === BATCH) {
      yield unended(stringify(batch, OPTIONS));
      batch = [];
    }
  }
  if (batch.length > 0) yield unended(stringify(batch, OPTIONS));
}

/** Stringified records end with the record delimiter, which `writeLines` adds back. */
const unended = (text: string) => text.slice(0, -1);
