import { describe, expect, it } from "vitest";
import { HeldRecords } from "./held-records.ts";

describe("HeldRecords", () => {
  it("hands back every record once, in order and exactly, across batches", () => {
    const records = Array.from({ length: 10_000 }, (_, i) => ({
      line: i + 2,
      values: { id: `PH${i}`, weight: i === 7 ? -0 : i / 3, note: i % 2 ? undefined : "x" },
    }));
    const held = new HeldRecords<(typeof records)[number]>();
    for (const record of records) held.add(record);
    const replayed: typeof records = [];
    held.replay((record) => replayed.push(record));
    expect(replayed).toEqual(records);
    expect(Object.is(replayed[7]!.values.weight, -0)).toBe(true);
    expect("note" in replayed[1]!.values).toBe(true);
    held.replay(() => expect.fail("replayed twice"));
  });
});
