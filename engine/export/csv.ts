/** CSV text from rows with a fixed column list: header row, RFC 4180 quoting, "\n" line ends. */
import { stringify } from "csv-stringify/sync";

export type Cell = string | number | boolean | null | undefined;

export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return stringify([columns as Cell[], ...(rows as Cell[][])], { record_delimiter: "\n" });
}
