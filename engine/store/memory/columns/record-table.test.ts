import { describe, expect, it } from "vitest";
import { Interner } from "./interner.ts";
import { KeyStrings } from "./record-keys.ts";
import { RecordTable, type ByteSink, type RecordFields } from "./record-table.ts";

const provenance = {
  provenance_dataset: "world",
  provenance_file: "calls.csv",
  provenance_line: 12,
};
const fields = (more: Record<string, unknown>) =>
  ({ type: "call", classification: "restricted", ...more }) as RecordFields &
    Record<string, unknown>;
/** Records whose provenance text the table cuts out, and some it cannot or must not. */
const records = [
  fields({ start: "2024-01-01T10:00:00Z", ...provenance }),
  fields({ ...provenance, extra: { note: "x" } }),
  // The same text inside `extra`, before the record's own: either place gives the text back.
  fields({ extra: { ...provenance }, ...provenance }),
  // A line that begins with the record's line: not the record's provenance.
  fields({ extra: { ...provenance, provenance_line: 123 }, ...provenance }),
  fields({ provenance_file: "calls.csv", provenance_line: 12 }),
  fields({ provenance_dataset: 'a "quoted" name', provenance_file: "é.csv" }),
  fields({
    name: "ends with it",
    provenance_dataset: "d",
    provenance_file: "f",
    provenance_line: 0,
  }),
];

class Collect implements ByteSink {
  parts: Buffer[] = [];
  bytes(bytes: Uint8Array) {
    this.parts.push(Buffer.from(bytes));
  }
  text(text: string) {
    this.parts.push(Buffer.from(text));
  }
}

describe("a record table's attribute text, kept without its provenance", () => {
  it("reads and writes back every record's text as it was added, from a string or from bytes", () => {
    const strings = new Interner();
    const table = new RecordTable(strings, new KeyStrings());
    const texts = records.map((record) => JSON.stringify(record));
    texts.forEach((text, i) => table.add(`r${i}`, records[i]!, text, Buffer.alloc(16)));
    texts.forEach((text, i) =>
      table.add(`b${i}`, records[i]!, Buffer.from(text), Buffer.alloc(16)),
    );
    const copy = new RecordTable(new Interner(), new KeyStrings());
    for (let i = 0; i < table.count; i++) copy.copy(table, i);
    for (const read of [table, copy]) {
      for (let i = 0; i < read.count; i++) {
        const text = texts[i % texts.length]!;
        expect(read.json(i)).toBe(text);
        expect(read.attributes(i)).toEqual(JSON.parse(text));
        const out = new Collect();
        read.writeJson(i, out);
        expect(Buffer.concat(out.parts).toString()).toBe(text);
      }
    }
  });
});
