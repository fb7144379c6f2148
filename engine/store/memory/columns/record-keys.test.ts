import { describe, expect, it } from "vitest";
import { KeyBytes, KeyStrings } from "./record-keys.ts";

const keys = ["calls:0123456789abcdef0123", 'T"1\\', "tab\there", "é ☎ 𝄞", "lone \ud800 surrogate"];
const body = (key: string) => Buffer.from(JSON.stringify(key).slice(1, -1));

describe("record keys kept as bytes off the heap", () => {
  it("give back every key as it was added, as a string or as its JSON string body", () => {
    const column = new KeyBytes();
    for (const key of keys) column.push(key);
    for (const key of keys) column.push(body(key));
    expect(Array.from({ length: column.length }, (_, i) => column.at(i))).toEqual([
      ...keys,
      ...keys,
    ]);
    // The bytes are what the store file writes between the quotes.
    expect(column.bytes(1).toString()).toBe(JSON.stringify(keys[1]).slice(1, -1));
  });

  it("read as an array by the analytics, and copied between columns of either kind", () => {
    const column = new KeyBytes();
    for (const key of keys) column.push(key);
    const view = column.view();
    expect(view.length).toBe(keys.length);
    expect(view[0]).toBe(keys[0]);
    expect(view[keys.length]).toBeUndefined();
    expect([...view]).toEqual(keys);
    expect(view.map((key) => key.length)).toEqual(keys.map((key) => key.length));

    const strings = new KeyStrings();
    const bytes = new KeyBytes();
    for (let i = 0; i < keys.length; i++) {
      strings.copy(column, i);
      bytes.copy(strings, i);
    }
    expect([...strings.view()]).toEqual(keys);
    expect([...bytes.view()]).toEqual(keys);
  });
});
