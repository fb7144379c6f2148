/**
 * A link's string field read from its JSON text without parsing the record
 * (record-columns.ts) must be what JSON.parse reads, whatever the text holds.
 */
import { describe, expect, it } from "vitest";
import { stringField } from "./record-columns.ts";

const texts = [
  { type: "call", start: "2024-03-07T10:00:00Z", classification: "restricted" },
  { type: "travels", date: 20240307, note: '"date":"2020-01-01"' },
  { type: "travels", note: '"date":"2020-01-01"', date: "2024-03-07" },
  { type: "travels", extra: { date: "1999-01-01" }, date: "2024-03-07" },
  { type: "travels", extra: { date: "1999-01-01" } },
  { type: "travels", date: 'a "quoted" day' },
  { type: "travels", tags: ["date", "start"], date: null },
  { type: "call" },
].map((record) => JSON.stringify(record));

describe("stringField", () => {
  it("reads what JSON.parse reads, for every name", () => {
    for (const text of texts) {
      const parsed = JSON.parse(text) as Record<string, unknown>;
      for (const name of ["start", "date", "type", "note", "classification"]) {
        const value = parsed[name];
        expect(stringField(text, name), `${name} of ${text}`).toBe(
          typeof value === "string" ? value : undefined,
        );
      }
    }
  });
});
