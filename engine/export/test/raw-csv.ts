/** Test helper: a dataset file read straight with csv-parse, independent of the importer. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

export function rawRows(folder: string, file: string): Record<string, string>[] {
  return parse(readFileSync(join(folder, file), "utf8"), { columns: true, skip_empty_lines: true });
}
