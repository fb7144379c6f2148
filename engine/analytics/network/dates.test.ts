/**
 * dateKey reads a date digit by digit (dates.ts): it must give what the
 * regular expression it replaced gives, for any text.
 */
import { describe, expect, it } from "vitest";
import { createRng } from "../random.ts";
import { dateKey, dateText, NO_DATE } from "./dates.ts";

function byPattern(value: unknown): number {
  if (typeof value !== "string") return NO_DATE;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return NO_DATE;
  return Number(match[1]) * 10000 + Number(match[2] ?? 0) * 100 + Number(match[3] ?? 0);
}

describe("dateKey", () => {
  it("reads days, months and years, and what follows them", () => {
    expect(dateKey("2024-03-07")).toBe(20240307);
    expect(dateKey("2024-03-07T10:00:00Z")).toBe(20240307);
    expect(dateKey("2024-03")).toBe(20240300);
    expect(dateKey("2024")).toBe(20240000);
    expect(dateKey("2024-3-07")).toBe(20240000);
    expect(dateKey("2024-03-7")).toBe(20240300);
    expect(dateKey("202")).toBe(NO_DATE);
    expect(dateKey(20240307)).toBe(NO_DATE);
    expect(dateKey(undefined)).toBe(NO_DATE);
    for (const text of ["2024-03-07", "2024-03", "2024"])
      expect(dateText(dateKey(text))).toBe(text);
  });

  it("agrees with the regular expression on random texts of digits, dashes and others", () => {
    const rng = createRng(14);
    const alphabet = "0123456789--T:a ٣";
    for (let i = 0; i < 20_000; i++) {
      const length = Math.floor(rng() * 13);
      let text = "";
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(rng() * alphabet.length)];
      expect(dateKey(text), text).toBe(byPattern(text));
    }
  });
});
