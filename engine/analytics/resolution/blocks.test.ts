import { describe, expect, it } from "vitest";
import { sharedBlocks } from "./blocks.ts";

describe("sharedBlocks", () => {
  it("keeps every key two items share, with its items in order, and drops the keys of one", () => {
    const keys = [
      ["a|phone1", "a|born"],
      ["b|phone2"],
      ["a|phone1", "c|x"],
      ["b|phone2", "a|born"],
    ];
    const unshared = Array.from({ length: 5000 }, (_, i) => [`only|${i}`]);
    const blocks = sharedBlocks(keys.length + unshared.length, (item) =>
      item < keys.length ? keys[item]! : unshared[item - keys.length]!,
    );
    expect(blocks.get("a|phone1")).toEqual([0, 2]);
    expect(blocks.get("a|born")).toEqual([0, 3]);
    expect(blocks.get("b|phone2")).toEqual([1, 3]);
    // A key of one item is kept only when its hash meets another's: a block of one, pairing nobody.
    const single = [...blocks.entries()].filter(([, items]) => items.length === 1);
    expect(single.length).toBeLessThan(5);
    expect(blocks.has("c|x")).toBe(false);
  });
});
