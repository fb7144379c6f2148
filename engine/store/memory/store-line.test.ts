import { describe, expect, it } from "vitest";
import { readStoreLine } from "./store-line.ts";

const attributes = {
  name: 'Ana "the fox" Díaz\\',
  aliases: ["a,b", "{x}"],
  extra: { type: "not the record's", nested: [1, { classification: "secret" }] },
  type: "person",
  classification: "restricted",
  provenance_dataset: "world",
  provenance_file: "persons.csv",
  provenance_line: 12,
};
const line = (text: string) => Buffer.from(text);
const digest = Buffer.alloc(16, 7);

describe("a store file's record line read from its bytes", () => {
  it("cuts out key, ends, digest and attribute bytes, and the columns' fields of the top level only", () => {
    const json = JSON.stringify(attributes);
    const text = `{"k":${JSON.stringify('calls:"é"\n')},"s":"P1","t":"PH\\u00e9","d":"${digest.toString("base64")}","a":${json}}`;
    const read = readStoreLine(line(text))!;
    expect(read.key).toBe('calls:"é"\n');
    expect([read.source, read.target]).toEqual(["P1", "PHé"]);
    expect(read.digest).toEqual(digest);
    expect(read.json.toString()).toBe(json);
    expect(read.fields).toEqual({
      type: "person",
      classification: "restricted",
      provenance_dataset: "world",
      provenance_file: "persons.csv",
      provenance_line: 12,
    });
  });

  it("leaves to the whole parse what saveGraph does not write: cut lines, white space, no digest", () => {
    const whole = `{"k":"P1","d":"${digest.toString("base64")}","a":${JSON.stringify(attributes)}}`;
    expect(readStoreLine(line(whole))).toBeDefined();
    expect(readStoreLine(line(whole.slice(0, -7) + "}"))).toBeUndefined();
    expect(
      readStoreLine(
        line(whole.replace('"classification":"restricted"', '"classification": "restricted"')),
      ),
    ).toBeUndefined();
    expect(readStoreLine(line(whole.replace(/"d":"[^"]*",/, "")))).toBeUndefined();
    expect(
      readStoreLine(line(whole.replace('"provenance_line":12', '"provenance_line":1.5'))),
    ).toBeUndefined();
  });
});
