/**
 * Cuts CSV bytes into records of text fields (RFC 4180: fields with commas,
 * quotes or line breaks in double quotes, a quote doubled inside), block by
 * block, with the line each record starts on. A line without a quote is
 * decoded once and split at its commas: no per-byte loop in JavaScript and no
 * per-field buffer, which is most of what a generic parser spends per row.
 *
 * It takes the dialect csv-parse reads with the options of read-rows.ts (byte
 * order mark skipped, `\n` or `\r\n` line ends as the first line end says,
 * empty lines skipped) and leaves everything else to csv-parse: a stray
 * quote, a quote not closed, a `\r` that does not end a line, bare `\r` line
 * ends. `write` and `end` then return the unread bytes (from the start of the
 * record in question) and its line, for csv-parse to carry on with and to
 * name the problem in its own words.
 */
const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** How lines end: not yet known (before the first line end), `\n` or `\r\n`. */
const enum Ends {
  Unknown,
  Lf,
  CrLf,
}

/** What csv-parse is to carry on with: the bytes from the start of a record, and its line. */
export interface CsvRest {
  bytes: Buffer;
  line: number;
  /** How lines end, once the first line end said so: csv-parse, reading from the start, would have kept to it. */
  lineEnd?: "\n" | "\r\n";
}

/** A record scanned by `scanRecord`: its fields, where the next one starts, the line ends inside it. */
interface Scanned {
  fields: string[];
  next: number;
  newlines: number;
}

/** Needs more bytes; or hand over to csv-parse. */
const MORE = -1;
const HAND_OVER = -2;

/** Bytes of an unfinished record carried to the next block, beyond which csv-parse takes the file over. */
const MAX_CARRY = 1 << 20;

export class CsvRecords {
  private carry: Buffer | undefined;
  private line = 1;
  private ends = Ends.Unknown;
  private bomChecked = false;

  constructor(private readonly onRecord: (fields: string[], line: number) => void) {}

  /** Hands on the records the block completes; the rest for csv-parse when it meets what it leaves to it. */
  write(block: Buffer): CsvRest | undefined {
    return this.parse(block, false);
  }

  /** The last record, which need not end with a line end. */
  end(): CsvRest | undefined {
    return this.parse(Buffer.alloc(0), true);
  }

  private parse(block: Buffer, end: boolean): CsvRest | undefined {
    const bytes = this.carry ? Buffer.concat([this.carry, block]) : block;
    this.carry = undefined;
    let at = 0;
    if (!this.bomChecked) {
      if (bytes.length < 3 && !end) {
        this.carry = bytes;
        return undefined;
      }
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) at = 3;
      this.bomChecked = true;
    }
    const length = bytes.length;
    // The next quote and `\r` at or after `at`, looked up again only once passed.
    let quoteAt = -1;
    let crAt = -1;
    while (at < length) {
      const lf = bytes.indexOf(LF, at);
      if (this.ends !== Ends.Unknown && lf !== -1) {
        if (quoteAt !== Infinity && quoteAt < at) quoteAt = indexOrInfinity(bytes, QUOTE, at);
        if (crAt !== Infinity && crAt < at) crAt = indexOrInfinity(bytes, CR, at);
        const crLf = this.ends === Ends.CrLf;
        const stop = crLf ? lf - 1 : lf;
        if (quoteAt > lf && (crLf ? crAt === stop : crAt > lf) && stop >= at) {
          // A plain line: no quote, no `\r` but its line end.
          if (stop > at) this.onRecord(bytes.toString("utf8", at, stop).split(","), this.line);
          this.line++;
          at = lf + 1;
          continue;
        }
      }
      const scanned = this.scanRecord(bytes, at, end);
      if (scanned === MORE) break;
      if (scanned === HAND_OVER) return this.rest(bytes.subarray(at));
      if (scanned.fields.length > 0) this.onRecord(scanned.fields, this.line);
      this.line += scanned.newlines;
      at = scanned.next;
    }
    if (at === length) return undefined;
    // Copying an ever longer record into each next block would be quadratic.
    if (length - at > MAX_CARRY) return this.rest(bytes.subarray(at));
    this.carry = Buffer.from(bytes.subarray(at));
    return undefined;
  }

  private rest(bytes: Buffer): CsvRest {
    if (this.ends === Ends.Unknown) return { bytes, line: this.line };
    return { bytes, line: this.line, lineEnd: this.ends === Ends.Lf ? "\n" : "\r\n" };
  }

  /**
   * One record from `start`, byte by byte: quoted fields, the first line end
   * (which fixes how lines end), an empty line (no fields). `end`: no bytes
   * follow these.
   */
  private scanRecord(
    bytes: Buffer,
    start: number,
    end: boolean,
  ): Scanned | typeof MORE | typeof HAND_OVER {
    const length = bytes.length;
    const fields: string[] = [];
    let newlines = 0;
    let at = start;
    for (;;) {
      let field: string;
      if (bytes[at] === QUOTE) {
        let close = at + 1;
        let doubled = false;
        for (;;) {
          close = bytes.indexOf(QUOTE, close);
          if (close === -1) return end ? HAND_OVER : MORE;
          if (close + 1 >= length) {
            if (!end) return MORE;
            break;
          }
          if (bytes[close + 1] !== QUOTE) break;
          doubled = true;
          close += 2;
        }
        for (
          let lf = bytes.indexOf(LF, at);
          lf !== -1 && lf < close;
          lf = bytes.indexOf(LF, lf + 1)
        )
          newlines++;
        field = bytes.toString("utf8", at + 1, close);
        if (doubled) field = field.replaceAll('""', '"');
        at = close + 1;
      } else {
        let stop = at;
        while (stop < length) {
          const byte = bytes[stop]!;
          if (byte === COMMA || byte === LF || byte === CR) break;
          if (byte === QUOTE) return HAND_OVER;
          stop++;
        }
        if (stop === length && !end) return MORE;
        field = bytes.toString("utf8", at, stop);
        at = stop;
      }
      // What follows a field: a comma, a line end, or the end of the file.
      if (at >= length) {
        if (!end) return MORE;
        fields.push(field);
        return { fields, next: at, newlines };
      }
      const byte = bytes[at]!;
      if (byte === COMMA) {
        fields.push(field);
        at++;
        continue;
      }
      const ending = this.lineEnd(bytes, at, end);
      if (ending === MORE || ending === HAND_OVER) return ending;
      // An empty line (nothing before its end, no quotes) is skipped: no fields.
      if (fields.length > 0 || at > start) fields.push(field);
      return { fields, next: at + ending, newlines: newlines + 1 };
    }
  }

  /** The length of the line end at `at` (fixing how lines end at the first one), or what to do. */
  private lineEnd(
    bytes: Buffer,
    at: number,
    end: boolean,
  ): number | typeof MORE | typeof HAND_OVER {
    const byte = bytes[at];
    if (byte === LF) {
      if (this.ends === Ends.CrLf) return HAND_OVER;
      this.ends = Ends.Lf;
      return 1;
    }
    if (byte !== CR) return HAND_OVER;
    if (at + 1 >= bytes.length) return end ? HAND_OVER : MORE;
    if (bytes[at + 1] !== LF || this.ends === Ends.Lf) return HAND_OVER;
    this.ends = Ends.CrLf;
    return 2;
  }
}

function indexOrInfinity(bytes: Buffer, byte: number, from: number): number {
  const at = bytes.indexOf(byte, from);
  return at === -1 ? Infinity : at;
}
