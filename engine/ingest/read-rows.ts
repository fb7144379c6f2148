/**
 * Streams the rows of one CSV or NDJSON file as text values by column name,
 * with the line each row starts on. Rows are never collected: a 1M-row file
 * passes through in constant memory.
 */
import { createReadStream, type ReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parse } from "csv-parse";
import type { DatasetFile } from "./discover.ts";

export type RawRow = Record<string, string | undefined>;

export type RowEvent =
  /** CSV only: NDJSON objects name their fields on every line. */
  | { kind: "header"; columns: string[]; line: number }
  | { kind: "row"; line: number; values: RawRow }
  | { kind: "malformed"; line: number; message: string };

export interface ReadProgress {
  (bytesRead: number): void;
}

export function readRows(file: DatasetFile, onBytes?: ReadProgress): AsyncGenerator<RowEvent> {
  const stream = createReadStream(file.path);
  if (onBytes) stream.on("data", () => onBytes(stream.bytesRead));
  return file.format === "csv" ? readCsv(stream) : readNdjson(stream);
}

async function* readCsv(stream: ReadStream): AsyncGenerator<RowEvent> {
  const parser = stream.pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }),
  );
  let columns: string[] | undefined;
  let lastLine = 1;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      // csv-parse counts the line a record ends on; a quoted field may span lines.
      const line = Math.max(lastLine, info.lines - countNewlines(record));
      lastLine = info.lines + 1;
      if (!columns) {
        columns = record.map((column) => column.trim());
        yield { kind: "header", columns, line };
        continue;
      }
      if (record.length !== columns.length) {
        yield {
          kind: "malformed",
          line,
          message: `malformed row: ${record.length} fields where the header has ${columns.length}`,
        };
        continue;
      }
      const values: RawRow = {};
      for (let i = 0; i < columns.length; i++) values[columns[i]!] = record[i];
      yield { kind: "row", line, values };
    }
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? lastLine;
    yield { kind: "malformed", line, message: `malformed CSV: ${(error as Error).message}` };
  } finally {
    stream.destroy();
  }
}

function countNewlines(record: string[]): number {
  let count = 0;
  for (const cell of record)
    for (let i = cell.indexOf("\n"); i !== -1; i = cell.indexOf("\n", i + 1)) count++;
  return count;
}

async function* readNdjson(stream: ReadStream): AsyncGenerator<RowEvent> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === "") continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        yield { kind: "malformed", line, message: `malformed JSON: ${(error as Error).message}` };
        continue;
      }
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        yield {
          kind: "malformed",
          line,
          message: "malformed row: a line must hold one JSON object",
        };
        continue;
      }
      yield { kind: "row", line, values: toRawRow(parsed as Record<string, unknown>) };
    }
  } finally {
    stream.destroy();
  }
}

/** NDJSON values become the text a CSV cell would hold, so one validator serves both formats. */
function toRawRow(object: Record<string, unknown>): RawRow {
  const values: RawRow = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === null || value === undefined) values[key] = undefined;
    else if (Array.isArray(value))
      values[key] = value.map(String).join(key === "waypoints" ? ">" : ";");
    else if (typeof value === "object") values[key] = JSON.stringify(value);
    else values[key] = String(value);
  }
  return values;
}
