/**
 * The query layer applies the clearance inside every query: at each
 * clearance, the store's answers equal those of the clearance view
 * (engine/access/clearance-view.ts) asked with full clearance, on a world
 * with records at every level, a secret phone record merged into a visible
 * number and rows withdrawn by a re-import; and no secret id, name, number,
 * plate or amount leaves the store below secret.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { clearanceView } from "../../access/clearance-view.ts";
import {
  MERGED_PHONE_STRINGS,
  MERGED_PHONE_WORLD,
  SECRET_STRINGS,
  WITHDRAWN_STRINGS,
  WORLD_BEFORE_WITHDRAWAL,
} from "../../access/test/secret-world.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { writeDataset } from "../../ingest/test/write-dataset.ts";
import { CLASSIFICATIONS, type Classification, type EntityGraph } from "../../model/index.ts";
import { queryBattery, type BatteryInput } from "../test/query-battery.ts";
import { neighbourhoodOf } from "../neighbourhood.ts";
import { MemoryStore } from "./memory-store.ts";

const tempStore = async () => MemoryStore.open(await mkdtemp(join(tmpdir(), "crosslink-queries-")));

const INPUT: BatteryInput = {
  ids: [
    "P1",
    "P2",
    "P3",
    "P4",
    "P5",
    "S1",
    "S2",
    "S3",
    "PH1",
    "PH2",
    "SPH1",
    "SPH9",
    "V1",
    "SV1",
  ].concat(["L1", "SL1", "R1", "C1", "SC1", "NO-SUCH"]),
  texts: [
    "Ana",
    "ana petrov",
    "Anja",
    "Zoltan Grimaldi",
    "Zolto",
    "Quentin Vexley",
    "Nightjar",
    "Villa Segreta",
    "+39 347 765 4321",
    "0039 347 7654321",
    "347 7654321",
    "+31 6 12345678",
    "06-12345678",
    "+44 7911 222333",
    "0151 23456789",
    "B-XY 123",
    "MI 999 ZZ",
    "S1",
    "SPH9",
    "P1",
  ],
};

describe("the memory store's queries at every clearance", () => {
  let store: MemoryStore;
  let graph: EntityGraph;
  beforeAll(async () => {
    store = await tempStore();
    for (const edition of [WORLD_BEFORE_WITHDRAWAL, MERGED_PHONE_WORLD]) {
      const folder = await writeDataset(edition);
      await store.importGraph(toEntityGraph(await loadDataset(folder, { name: "test world" })));
    }
    graph = await store.loadGraph();
  });

  it("answer as the clearance view does, asked with full clearance", async () => {
    for (const clearance of CLASSIFICATIONS) {
      const view = await tempStore();
      await view.importGraph(clearanceView(graph, clearance));
      expect(await queryBattery(store, clearance, INPUT), clearance).toEqual(
        await queryBattery(view, "secret", INPUT),
      );
    }
  });

  it("never give out a secret, merged or withdrawn record below secret", async () => {
    // The answers only: the keys name what was asked.
    const answered = async (clearance: Classification) =>
      JSON.stringify(Object.values(await queryBattery(store, clearance, INPUT)));
    const secret = await answered("secret");
    for (const text of ["S1", "Zoltan Grimaldi", "+393477654321", "MI999ZZ", "Nightjar", "ST1"])
      expect(secret).toContain(text);
    for (const clearance of ["unclassified", "restricted", "confidential"] as const) {
      const answers = await answered(clearance);
      for (const text of [...SECRET_STRINGS, ...MERGED_PHONE_STRINGS])
        expect(answers, `${clearance} sees ${text}`).not.toContain(text);
    }
    for (const clearance of CLASSIFICATIONS) {
      const answers = await answered(clearance);
      for (const text of WITHDRAWN_STRINGS)
        expect(answers, `withdrawn ${text}`).not.toContain(text);
    }
  });

  it("finds a phone in any written form, a plate in any form, and a name by its first letters", async () => {
    const ids = async (text: string) =>
      (await store.search(text, { clearance: "secret" })).map((hit) => `${hit.match}:${hit.id}`);
    expect(await ids("0049 151 2345 6789")).toEqual(["phone:PH1"]);
    expect(await ids("0151 23456789")).toEqual(["phone:PH1"]);
    expect(await ids("b xy-123")).toEqual(["plate:V1"]);
    expect((await ids("ana pe"))[0]).toBe("name:P1");
    expect(await ids("P1")).toContain("id:P1");
  });

  it("gives an export the entities within depth links of its centres, and the links among them", async () => {
    const centres = ["P1", "V1", "NO-SUCH"];
    for (const clearance of CLASSIFICATIONS) {
      const seen = clearanceView(graph, clearance);
      const found = await neighbourhoodOf(store, centres, 2, { clearance });
      // Reference: a plain breadth-first walk over the clearance view.
      const expected = new Set<string>();
      for (const centre of centres.filter((id) => seen.hasNode(id))) {
        let frontier = [centre];
        expected.add(centre);
        for (let step = 0; step < 2; step++) {
          frontier = frontier.flatMap((id) => seen.neighbors(id)).filter((id) => !expected.has(id));
          for (const id of frontier) expected.add(id);
        }
      }
      expect(found.graph.nodes().sort(), clearance).toEqual([...expected].sort());
      expect(found.graph.size, clearance).toBe(
        seen.filterEdges((_, __, source, target) => expected.has(source) && expected.has(target))
          .length,
      );
      expect(found.missing).toEqual(centres.filter((id) => !seen.hasNode(id)));
    }
  });

  it("sorts every shortest path before cutting at the limit, and counts them all", async () => {
    const all = await store.shortestPaths("P1", "P3", { clearance: "secret", limit: 50 });
    const first = await store.shortestPaths("P1", "P3", { clearance: "secret", limit: 1 });
    expect(all!.count).toBe(all!.paths.length);
    expect(all!.paths.length).toBeGreaterThan(1);
    expect(first).toEqual({ paths: [all!.paths[0]], count: all!.count });
    expect([...all!.paths].sort()).toEqual(all!.paths.map((path) => path).sort());
  });
});
