import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DigestSet } from "./digest-set.ts";

const digest = (text: string) => createHash("sha256").update(text).digest("hex");

describe("DigestSet", () => {
  it("tells every digest seen before from every new one, across many growths", () => {
    const set = new DigestSet();
    const rows = 50_000;
    for (let row = 0; row < rows; row++) expect(set.add(digest(`row ${row}`))).toBe(true);
    for (let row = 0; row < rows; row++) expect(set.add(digest(`row ${row}`))).toBe(false);
    expect(set.add(digest(`row ${rows}`))).toBe(true);
  });

  it("keeps an all-zero digest apart from an empty slot", () => {
    const set = new DigestSet();
    expect(set.add("0".repeat(64))).toBe(true);
    expect(set.add("0".repeat(64))).toBe(false);
    expect(set.add(`${"0".repeat(31)}1`)).toBe(true);
  });
});
