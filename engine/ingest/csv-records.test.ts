import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CsvRecords } from "./csv-records.ts";
import { readRows, type RowEvent } from "./read-rows.ts";

/** Inputs the byte parser reads itself; csv-parse (the reference) must read them alike. */
const TRICKY: Record<string, string> = {
  "plain, LF": "id,name\nP1,Ana\nP2,Bo\n",
  "plain, CRLF": "id,name\r\nP1,Ana\r\nP2,Bo\r\n",
  "no line end at the end": "id,name\nP1,Ana\nP2,Bo",
  "byte order mark": "\ufeffid,name\nP1,Ana\n",
  "empty lines skipped": "id,name\n\nP1,Ana\n\n\nP2,Bo\n\n",
  "empty lines skipped, CRLF": "id,name\r\n\r\nP1,Ana\r\n\r\nP2,Bo\r\n",
  "empty fields": "a,b,c\n,,\n1,,\n,,3\n",
  "quoted commas and doubled quotes": 'id,name\nP1,"Ana, ""the boss"""\nP2,""""\nP3,""\n',
  "line breaks in quotes": 'id,note\nP1,"two\nlines"\nP2,"three\n\nlines"\nP3,x\n',
  "line breaks in quotes, CRLF": 'id,note\r\nP1,"two\r\nlines"\r\nP2,x\r\n',
  "quoted header": '"id","name"\n"P1","Ana"\n',
  "quoted last field at the end": 'id,name\nP1,"Ana"',
  "a line of one quoted empty field": 'id\n""\nP1\n',
  "spaces kept": "id, name \nP1 , Ana \n",
  "UTF-8": "id,name\nP1,Jos\u00e9 \u00c5sa \u{1F600}\nP2,\u6771\u4eac\n",
};

/** The line each record of csv-parse's starts on, counted independently: line ends outside quotes. */
function referenceRecords(text: string): { fields: string[]; line: number }[] {
  const records = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atStart = true;
  for (const char of text.replace(/^\ufeff/, "")) {
    if (atStart && char !== "\n" && char !== "\r") {
      starts.push(line);
      atStart = false;
    }
    if (char === '"') quoted = !quoted;
    if (char === "\n") {
      line++;
      if (!quoted) atStart = true;
    }
  }
  return records.map((fields, i) => ({ fields, line: starts[i]! }));
}

function bytesRead(text: string, blockSize: number) {
  const records: { fields: string[]; line: number }[] = [];
  const parser = new CsvRecords((fields, line) => records.push({ fields, line }));
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += blockSize)
    expect(parser.write(bytes.subarray(at, at + blockSize))).toBeUndefined();
  expect(parser.end()).toBeUndefined();
  return records;
}

async function eventsOf(text: string): Promise<RowEvent[]> {
  const folder = await mkdtemp(join(tmpdir(), "crosslink-csv-"));
  const path = join(folder, "persons.csv");
  await writeFile(path, text);
  const events: RowEvent[] = [];
  const file = { name: "persons", fileName: "persons.csv", path, format: "csv", bytes: 0 } as const;
  for await (const batch of readRows(file)) events.push(...batch);
  return events;
}

describe("CsvRecords reads what csv-parse reads", () => {
  for (const [name, text] of Object.entries(TRICKY)) {
    it(`${name}, in blocks of any size`, () => {
      const expected = referenceRecords(text);
      expect(expected.length).toBeGreaterThan(0);
      // Blocks of 1 to 7 bytes cut every quote, line end and multi-byte character somewhere.
      for (const size of [1, 2, 3, 5, 7, 1 << 16]) expect(bytesRead(text, size)).toEqual(expected);
    });
  }

  it("many rows across the reader's 64 KiB blocks, with quotes and multi-byte characters", async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `P${i},"Jos\u00e9 ""${i}"", \u{1F600}",${i % 3 === 0 ? '"a\nb"' : "x"}`,
    );
    const text = `id,name,note\n${rows.join("\n")}\n`;
    const events = await eventsOf(text);
    const expected = referenceRecords(text);
    expect(events.map((event) => event.line)).toEqual(expected.map((record) => record.line));
    expect(events.slice(1).map((event) => event.kind === "row" && event.values)).toEqual(
      expected.slice(1).map((record) => record.fields),
    );
  });
});

describe("what the byte parser leaves to csv-parse", () => {
  const malformed = async (text: string) =>
    (await eventsOf(text)).filter((event) => event.kind === "malformed");

  /** The one problem csv-parse reports for the file's third line, in its words. */
  const csvParseSays = async (text: string, message: string | RegExp) =>
    expect(await malformed(text)).toEqual([
      { kind: "malformed", line: 3, message: expect.stringMatching(message) as string },
    ]);

  it("a stray quote in a field is named by csv-parse, at its line", async () => {
    await csvParseSays(
      'id,name\nP1,Ana\nP2,An"a\n',
      'malformed CSV: Invalid Opening Quote: a quote is found on field 1 at line 3, value is "An"',
    );
  });

  it("a closing quote followed by text", async () => {
    await csvParseSays(
      'id,name\nP1,Ana\nP2,"An"a\n',
      /^malformed CSV: Invalid Closing Quote: got "a" at line 3 instead of delimiter/,
    );
  });

  it("a quote not closed at the end of the file", async () => {
    await csvParseSays(
      'id,name\nP1,Ana\nP2,"Ana\n',
      "malformed CSV: Quote Not Closed: the parsing is finished with an opening quote at line 3",
    );
  });

  it("bare \\r line ends are read by csv-parse, rows as before", async () => {
    const events = await eventsOf("id,name\rP1,Ana\rP2,Bo\r");
    expect(
      events.map((event) => [event.line, event.kind === "row" && (event.values as string[])[0]]),
    ).toEqual([
      [1, false],
      [2, "P1"],
      [3, "P2"],
    ]);
  });

  it("a line end other than the first line's is read as csv-parse reads it", async () => {
    // csv-parse keeps to the line end it found first: a \r before a \n stays in the cell, and
    // counts as a line of its own (as before the byte parser: a quirk of csv-parse's).
    const events = await eventsOf("id,name\nP1,Ana\r\nP2,Bo\n");
    expect(events.map((event) => [event.line, event.kind === "row" && event.values])).toEqual([
      [1, false],
      [3, ["P1", "Ana\r"]],
      [4, ["P2", "Bo"]],
    ]);
  });

  it("rows with the wrong number of fields are malformed rows", async () => {
    expect(await malformed("id,name\nP1,Ana,x\nP2\n")).toEqual([
      { kind: "malformed", line: 2, message: "malformed row: 3 fields where the header has 2" },
      { kind: "malformed", line: 3, message: "malformed row: 1 fields where the header has 2" },
    ]);
  });
});
