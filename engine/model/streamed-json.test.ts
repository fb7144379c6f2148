/**
 * Streamed JSON: the chunks are JSON.stringify's text, and the reader gives
 * back JSON.parse's value whatever the chunk boundaries (inside keys,
 * strings, escapes, numbers) and the whitespace of the text.
 */
import { describe, expect, it } from "vitest";
import { jsonChunks, JsonStreamReader } from "./streamed-json.ts";

const value = {
  version: 1,
  empty: {},
  none: [],
  text: 'quote " backslash \\ newline \n unicode é 😀 \u2028',
  'odd "key" \\': { a: [1, -2.5e-7, true, false, null], b: { c: { d: { e: [{ f: 1 }] } } } },
  list: Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, score: i / 7, tags: ["a", "b"] })),
  nested: [
    [1, 2],
    [3, [4, { x: "]}" }]],
  ],
  left: undefined,
  number: 12345678901234,
};

function read(chunks: Iterable<string>): unknown {
  const reader = new JsonStreamReader();
  for (const chunk of chunks) reader.write(chunk);
  return reader.end();
}

function cut(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces;
}

describe("streamed JSON", () => {
  it("writes exactly JSON.stringify's text, in chunks none of which holds it all", () => {
    const chunks = [...jsonChunks(value, 64)];
    expect(chunks.join("")).toBe(JSON.stringify(value));
    expect(chunks.length).toBeGreaterThan(20);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(200);
  });

  it("reads back JSON.parse's value at every chunk size, down to one character", () => {
    const text = JSON.stringify(value);
    const expected = JSON.parse(text) as unknown;
    for (const size of [1, 2, 3, 5, 7, 64, 1000, text.length]) {
      expect(read(cut(text, size))).toEqual(expected);
    }
  });

  it("reads JSON written by other tools: indented, with spaces anywhere", () => {
    const text = JSON.stringify(value, null, 2).replace(/:/g, " : ");
    expect(read(cut(text, 13))).toEqual(JSON.parse(JSON.stringify(value)));
    expect(read(["  42 "])).toBe(42);
    expect(read(['"a', 'b"'])).toBe("ab");
    expect(read(["[1,", "2]"])).toEqual([1, 2]);
  });

  it("refuses malformed or cut text with a SyntaxError", () => {
    const text = JSON.stringify(value);
    expect(() => read([text.slice(0, text.length - 1)])).toThrow(SyntaxError);
    expect(() => read(['{"a":1]'])).toThrow(/unexpected \]/);
    expect(() => read(['{"a":tru}'])).toThrow(SyntaxError);
    expect(() => read(["[1] [2]"])).toThrow(/after the end/);
  });

  it("counts its progress to the end", () => {
    const seen: number[] = [];
    const chunks = [...jsonChunks(value, 32, (done, total) => seen.push(done / total))];
    expect(chunks.join("")).toBe(JSON.stringify(value));
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
  });
});
