/**
 * Datasets are UTF-8. A file in another encoding (Latin-1, Windows-1252)
 * would otherwise be decoded with U+FFFD in place of every accented letter,
 * imported without a word, and on re-import overwrite good names. So each file
 * is checked first, block by block with Node's native `isUtf8`, and the first
 * bad byte is named by line and column.
 */
import { createReadStream } from "node:fs";
import { isUtf8 } from "node:buffer";

export interface EncodingProblem {
  line: number;
  message: string;
}

export async function checkUtf8(path: string): Promise<EncodingProblem | undefined> {
  let line = 1;
  // Up to 3 bytes of a character cut at the end of a block wait for the next.
  let carry = Buffer.alloc(0);
  for await (const block of createReadStream(path) as AsyncIterable<Buffer>) {
    const bytes = carry.length > 0 ? Buffer.concat([carry, block]) : block;
    const whole = bytes.length - incompleteTail(bytes);
    const checked = bytes.subarray(0, whole);
    if (!isUtf8(checked)) return locate(checked, line);
    line += countLines(checked);
    carry = Buffer.from(bytes.subarray(whole));
  }
  return carry.length > 0 ? locate(carry, line) : undefined;
}

/** Bytes at the end that begin a multi-byte character not yet complete. */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) !== 0x80) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return length > back ? back : 0;
    }
  }
  return 0;
}

function countLines(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}

/** Only on failure: finds the first line that does not decode and names its bad byte. */
function locate(bytes: Buffer, firstLine: number): EncodingProblem {
  let line = firstLine;
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(10, start);
    const text = bytes.subarray(start, end === -1 ? bytes.length : end);
    if (!isUtf8(text)) {
      const column = firstBadByte(text);
      if (column === undefined) return { line, message: "not valid UTF-8; save the file as UTF-8" };
      const byte = text[column]!.toString(16).toUpperCase().padStart(2, "0");
      return {
        line,
        message: `not valid UTF-8 (byte 0x${byte} at byte ${column + 1} of the line); save the file as UTF-8`,
      };
    }
    start = end + 1;
    line++;
  }
}

/**
 * The byte where the longest valid prefix ends, trying prefixes that end where
 * a character starts; looked for in the first 4 KiB only (it is quadratic).
 */
function firstBadByte(text: Buffer): number | undefined {
  let good = 0;
  for (let end = 1; end <= Math.min(text.length, 4096); end++) {
    if (end < text.length && (text[end]! & 0xc0) === 0x80) continue;
    if (!isUtf8(text.subarray(0, end))) return good;
    good = end;
  }
  return undefined;
}
