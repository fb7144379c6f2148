/**
 * A file's lines as bytes, read a few megabytes at a time: each line a view
 * into the block it was read into (no copy, no string), without its line
 * ending (\n or \r\n). Handed over a block's lines at a time, so a million
 * lines cost a few hundred awaits.
 */
import type { FileHandle } from "node:fs/promises";

const BLOCK = 4 << 20;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

export async function* byteLines(file: FileHandle): AsyncGenerator<Buffer[]> {
  // The start of a line the last block cut, carried into the next.
  let carry: Buffer | undefined;
  for (;;) {
    const block = Buffer.allocUnsafe(BLOCK);
    const { bytesRead } = await file.read(block, 0, BLOCK, null);
    if (bytesRead === 0) break;
    const data = carry
      ? Buffer.concat([carry, block.subarray(0, bytesRead)])
      : block.subarray(0, bytesRead);
    const lines: Buffer[] = [];
    let start = 0;
    for (let end = data.indexOf(NEWLINE); end !== -1; end = data.indexOf(NEWLINE, start)) {
      lines.push(withoutReturn(data.subarray(start, end)));
      start = end + 1;
    }
    carry = start < data.length ? data.subarray(start) : undefined;
    yield lines;
  }
  if (carry) yield [withoutReturn(carry)];
}

const withoutReturn = (line: Buffer) =>
  line[line.length - 1] === RETURN ? line.subarray(0, -1) : line;
