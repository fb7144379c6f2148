/**
 * Streams the rows of one CSV or NDJSON file (CSV: the cells in the header's
 * order; NDJSON: the values by name), with the line each row starts on. Rows
 * are never collected: a 1M-row file passes through in constant memory.
 */
import { createReadStream, type ReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { Parser } from "csv-parse";
import { checkUtf8 } from "./check-encoding.ts";
import { CsvRecords, type CsvRest } from "./csv-records.ts";
import type { DatasetFile } from "./discover.ts";

export type RawRow = Record<string, string | undefined>;

export type RowEvent =
  /** CSV only: NDJSON objects name their fields on every line. */
  | { kind: "header"; columns: string[]; line: number }
  /** A CSV row's cells in the header's order; an NDJSON row's values by name. */
  | { kind: "row"; line: number; values: RawRow | readonly string[] }
  /** `field` is "row" unless said otherwise ("encoding"). */
  | { kind: "malformed"; line: number; message: string; field?: string };

export interface ReadProgress {
  (bytesRead: number): void;
}

/**
 * Yields the file's events in batches (one per chunk read), so a million rows
 * cost a few hundred awaits rather than a million. A file that is not UTF-8
 * yields one encoding problem and no rows.
 */
export async function* readRows(
  file: DatasetFile,
  onBytes?: ReadProgress,
): AsyncGenerator<RowEvent[]> {
  const encoding = await checkUtf8(file.path);
  if (encoding) {
    yield [{ kind: "malformed", field: "encoding", ...encoding }];
    return;
  }
  const stream = createReadStream(file.path);
  if (onBytes) stream.on("data", () => onBytes(stream.bytesRead));
  yield* file.format === "csv" ? readCsv(stream) : readNdjson(stream);
}

/** csv-parse's parser core, which its stream wraps: fed chunk by chunk, records pushed synchronously. */
interface CsvCore {
  parse(
    chunk: Buffer | undefined,
    end: boolean,
    push: (record: string[]) => void,
    close: () => void,
  ): Error | undefined;
}

async function* readCsv(stream: ReadStream): AsyncGenerator<RowEvent[]> {
  let columns: string[] | undefined;
  let width = 0;
  let batch: RowEvent[] = [];
  const onRecord = (record: string[], line: number) => {
    if (!columns) {
      columns = record.map((column) => column.trim());
      width = columns.length;
      batch.push({ kind: "header", columns, line });
      return;
    }
    if (record.length !== width) {
      batch.push({
        kind: "malformed",
        line,
        message: `malformed row: ${record.length} fields where the header has ${width}`,
      });
      return;
    }
    batch.push({ kind: "row", line, values: record });
  };
  const take = () => {
    const taken = batch;
    batch = [];
    return taken;
  };
  // The byte parser reads the file until it meets what it leaves to csv-parse, which then reads the rest.
  const records = new CsvRecords(onRecord);
  let rest: CsvParseRest | undefined;
  const handOver = (bytes: CsvRest | undefined) => {
    if (bytes) rest = new CsvParseRest(bytes, onRecord);
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (rest) rest.write(chunk);
      else handOver(records.write(chunk));
      if (batch.length > 0) yield take();
    }
    if (!rest) handOver(records.end());
    rest?.end();
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? rest?.line ?? 1;
    // As through csv-parse's stream, whose error overtook the records of the chunk that failed.
    batch = [];
    batch.push({ kind: "malformed", line, message: `malformed CSV: ${(error as Error).message}` });
  } finally {
    stream.destroy();
  }
  if (batch.length > 0) yield take();
}

/**
 * csv-parse carrying on from the start of a record the byte parser left to
 * it, counting lines from there: what names a stray quote or a quote not
 * closed in its own words. Its parser core is driven directly rather than
 * through its stream: each record is pushed synchronously while `info.lines`
 * still tells the line it ends on.
 */
class CsvParseRest {
  private readonly core: CsvCore;
  private readonly info: { lines: number };
  /** The line after the last record pushed. */
  line: number;
  private readonly push: (record: string[]) => void;

  constructor(start: CsvRest, onRecord: (record: string[], line: number) => void) {
    const parser = new Parser({
      relax_column_count: true,
      skip_empty_lines: true,
      ...(start.lineEnd && { record_delimiter: start.lineEnd }),
    });
    this.core = (parser as unknown as { api: CsvCore }).api;
    this.info = parser.info;
    this.info.lines = start.line;
    this.line = start.line;
    this.push = (record) => {
      // csv-parse counts the line a record ends on; a quoted field may span lines.
      const line = Math.max(this.line, this.info.lines - countNewlines(record));
      this.line = this.info.lines + 1;
      onRecord(record, line);
    };
    this.write(start.bytes);
  }

  write(chunk: Buffer): void {
    this.parse(chunk, false);
  }

  end(): void {
    this.parse(undefined, true);
  }

  private parse(chunk: Buffer | undefined, end: boolean): void {
    // Called only when a `to` or `to_line` option stops the parse; none is given.
    const close = () => {};
    const error = this.core.parse(chunk, end, this.push, close);
    if (error) throw error;
  }
}

function countNewlines(record: string[]): number {
  let count = 0;
  for (let i = 0; i < record.length; i++) {
    const cell = record[i]!;
    for (let at = cell.indexOf("\n"); at !== -1; at = cell.indexOf("\n", at + 1)) count++;
  }
  return count;
}

async function* readNdjson(stream: ReadStream): AsyncGenerator<RowEvent[]> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  let batch: RowEvent[] = [];
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === "") continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        batch.push({
          kind: "malformed",
          line,
          message: `malformed JSON: ${(error as Error).message}`,
        });
        continue;
      }
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        batch.push({
          kind: "malformed",
          line,
          message: "malformed row: a line must hold one JSON object",
        });
        continue;
      }
      batch.push({ kind: "row", line, values: toRawRow(parsed as Record<string, unknown>) });
      if (batch.length >= 1024) {
        yield batch;
        batch = [];
      }
    }
  } finally {
    stream.destroy();
  }
  if (batch.length > 0) yield batch;
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
