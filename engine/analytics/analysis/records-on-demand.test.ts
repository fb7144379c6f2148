import { describe, expect, it } from "vitest";
import { jsonChunks } from "../../model/streamed-json.ts";
import { recordsOnDemand } from "./records-on-demand.ts";

describe("recordsOnDemand", () => {
  it("reads as the array it stands for, building each element on every read", () => {
    const built: number[] = [];
    const list = recordsOnDemand([4, 2, 9], (row) => {
      built.push(row);
      return { row };
    });
    expect(Array.isArray(list)).toBe(true);
    expect(list.length).toBe(3);
    expect(list[1]).toEqual({ row: 2 });
    expect(list[1]).not.toBe(list[1]);
    expect(list[3]).toBeUndefined();
    expect(list.map((item) => item.row)).toEqual([4, 2, 9]);
    expect([...list].map((item) => item.row)).toEqual([4, 2, 9]);
    expect(JSON.stringify({ list })).toBe('{"list":[{"row":4},{"row":2},{"row":9}]}');
    expect(built.length).toBeGreaterThan(3);
  });

  it("is saved as the same text as the plain array, each element built once", () => {
    let builds = 0;
    const analysis = {
      persons: recordsOnDemand([0, 1], (row) => {
        builds++;
        return { id: `P${row}` };
      }),
    };
    const text = [...jsonChunks(analysis, 1 << 20, () => {})].join("");
    expect(text).toBe(JSON.stringify({ persons: [{ id: "P0" }, { id: "P1" }] }));
    expect(builds).toBe(2);
  });
});
