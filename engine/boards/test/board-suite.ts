/**
 * The board tests both logs run (the data folder's file and Neo4j): the same
 * changes, the same answers. On the export tests' small world, whose secret
 * and confidential records must never reach a reader below them through a
 * board, a note or a history entry.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { clearanceView } from "../../access/clearance-view.ts";
import { analyzeWithNetwork } from "../../analytics/index.ts";
import { SMALL_WORLD } from "../../export/test/small-world.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { writeDataset } from "../../ingest/test/write-dataset.ts";
import type { Classification, EntityGraph } from "../../model/index.ts";
import type { GraphStore } from "../../store/types.ts";
import { BoardError, Boards, type Author } from "../boards.ts";
import { readerOf } from "../visible.ts";
import { boardReport } from "../report.ts";
import { changesSince } from "../snapshot.ts";
import type { BoardLog } from "../types.ts";

/** The small world a week later: a new transfer to P1 and a new case naming P1. */
export const SMALL_WORLD_LATER: Record<string, string> = {
  ...SMALL_WORLD,
  "transfers.csv": `${SMALL_WORLD["transfers.csv"]}T6,P2,P1,700,EUR,2024-04-01,hawala,restricted,\n`,
  "cases.csv": `${SMALL_WORLD["cases.csv"]}C2,drug_trafficking,Operation Frost,2024-04-02\n`,
  "case_involvement.csv": `${SMALL_WORLD["case_involvement.csv"]}P1,C2,suspect,restricted\n`,
};

export async function importWorld(store: GraphStore, files: Record<string, string>) {
  const dataset = await loadDataset(await writeDataset(files), { name: "small" });
  return store.importGraph(toEntityGraph(dataset));
}

export function authorOf(graph: EntityGraph, user: string, clearance?: Classification): Author {
  const view = clearance ? clearanceView(graph, clearance) : graph;
  return { user, ...(clearance && { clearance }), graph: view, ...analyzeWithNetwork(view) };
}

export interface SuiteFixture {
  /** A store holding nothing yet, and the board log that lives with it. */
  open(): Promise<{ store: GraphStore; log: BoardLog }>;
  /** A new log on what the store keeps, as the next command would open it. */
  reopen(store: GraphStore): Promise<BoardLog>;
}

export function boardSuite(name: string, fixture: SuiteFixture) {
  describe(`boards (${name})`, () => {
    let store: GraphStore;
    let boards: Boards;
    let graph: EntityGraph;
    let chief: Author;

    beforeAll(async () => {
      const opened = await fixture.open();
      store = opened.store;
      boards = new Boards(opened.log);
      await importWorld(store, SMALL_WORLD);
      graph = await store.loadGraph();
      chief = authorOf(graph, "chief", "secret");
      await boards.create(chief, "dune", { title: "Operation Dune" });
      await boards.add(chief, "dune", ["P1", "P3"], { status: "nominated" });
      await boards.add(chief, "dune", ["P4"], { classification: "secret" });
      await boards.note(chief, {
        subject: "person",
        about: "P1",
        text: "meets the skipper on Tuesdays",
        classification: "confidential",
        handling_code: "NOFORN",
      });
      await boards.note(chief, {
        subject: "tie",
        about: "P1|P4",
        text: "informant ZEBRA says family",
        classification: "secret",
      });
    }, 120_000);

    const readerAt = (clearance: Classification) =>
      readerOf(clearanceView(graph, clearance), clearance);

    it("keeps every change attributed, timestamped and numbered in order", async () => {
      const board = await boards.board(readerAt("secret"), "dune");
      expect(board.members.map((m) => [m.person, m.status])).toEqual([
        ["P1", "nominated"],
        ["P3", "nominated"],
        ["P4", "candidate"],
      ]);
      expect(board.history.map((e) => e.kind)).toEqual([
        "board.create",
        ...Array(3).fill(["member.add", "member.review"]).flat(),
      ]);
      const seqs = board.history.map((e) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      for (const event of board.history) {
        expect(event.user).toBe("chief");
        expect(Date.parse(event.time)).toBeGreaterThan(Date.parse("2026-01-01"));
      }
    });

    it("shows a reader only the members, notes and history their clearance allows", async () => {
      const restricted = await boards.book(readerAt("restricted"));
      const text = JSON.stringify({
        boards: [...restricted.boards.values()],
        notes: restricted.notes,
      });
      expect(restricted.boards.get("dune")!.members.map((m) => m.person)).toEqual(["P1"]);
      expect(restricted.notes).toEqual([]);
      for (const hidden of ["P3", "P4", "skipper", "ZEBRA", "NOFORN"]) {
        expect(text, hidden).not.toContain(hidden);
      }
      // The review was made on a view holding secret records: a restricted reader has none.
      expect(restricted.boards.get("dune")!.members[0]!.review).toBeNull();

      const confidential = await boards.book(readerAt("confidential"));
      expect(confidential.boards.get("dune")!.members.map((m) => m.person)).toEqual(["P1", "P3"]);
      expect(confidential.notes.map((n) => n.text)).toEqual(["meets the skipper on Tuesdays"]);
      expect(confidential.notes[0]!.handling_code).toBe("NOFORN");
      expect(JSON.stringify(confidential.notes)).not.toContain("ZEBRA");

      const secret = await boards.book(readerAt("secret"));
      expect(secret.notes.map((n) => n.about)).toEqual(["P1", "P1|P4"]);
    });

    it("opens a saved view without the selected or expanded entities a reader may not see", async () => {
      const saved = await boards.saveView(chief, {
        name: "around Ana",
        state: { selected: ["P1", "P4", "P3"], expanded: ["P4", "P1"], camera: { ratio: 0.4 } },
      });
      if (saved.kind !== "view.save") throw new Error("not a saved view");
      const stateAt = async (clearance: Classification) =>
        (await boards.book(readerAt(clearance))).views.get(saved.view)!.state;
      expect(await stateAt("restricted")).toEqual({
        selected: ["P1"],
        expanded: ["P1"],
        camera: { ratio: 0.4 },
      });
      expect((await stateAt("confidential")).selected).toEqual(["P1", "P3"]);
      expect((await stateAt("secret")).selected).toEqual(["P1", "P4", "P3"]);
    });

    it("refuses a mark above the author's clearance and names hidden persons as missing", async () => {
      const analyst = authorOf(graph, "rita", "confidential");
      await expect(
        boards.note(analyst, {
          subject: "person",
          about: "P1",
          text: "x",
          classification: "secret",
        }),
      ).rejects.toThrow("classification secret is above your clearance (confidential)");
      await expect(boards.add(analyst, "dune", ["P4"])).rejects.toThrow(
        'no person "P4" (or not visible at your clearance)',
      );
      await expect(boards.set(analyst, "dune", "P1", { status: "approved" })).rejects.toThrow(
        "a status change needs a rationale",
      );
      await expect(boards.board(readerAt("restricted"), "nowhere")).rejects.toBeInstanceOf(
        BoardError,
      );
    });

    it("records a decision with its rationale, owner and evidence, and reviews the member", async () => {
      // Until another owner is named, the member is the one who put them on the board.
      const added = (await boards.board(readerAt("secret"), "dune")).members[0]!;
      expect(added.owner).toBe(added.added.by);
      await boards.set(chief, "dune", "P1", {
        status: "approved",
        rationale: "organises the Zuwara departures",
        owner: "team-2",
        evidence: [
          { kind: "transfer", id: "T1" },
          { kind: "case", id: "C1" },
          { kind: "tie", id: "P1|P4" },
        ],
      });
      const member = (await boards.board(readerAt("secret"), "dune")).members[0]!;
      expect(member).toMatchObject({
        person: "P1",
        status: "approved",
        rationale: "organises the Zuwara departures",
        owner: "team-2",
      });
      expect(member.review!.snapshot.transfers).toContain("T1");
      // A restricted reader sees the decision but not the evidence above them.
      const low = (await boards.board(readerAt("restricted"), "dune")).members[0]!;
      expect(low.status).toBe("approved");
      expect(low.evidence).toEqual([
        { kind: "transfer", id: "T1" },
        { kind: "case", id: "C1" },
      ]);
    });

    it("places a note on a network in each reader's own analysis, by the member it names", async () => {
      await boards.note(chief, {
        subject: "community",
        about: "P1",
        text: "their network moved to night crossings",
        classification: "restricted",
      });
      await boards.note(chief, {
        subject: "community",
        about: "P4",
        text: "NIGHTJAR runs this one",
        classification: "restricted",
      });
      const networkNotesAt = async (clearance: Classification) => {
        const reader = authorOf(graph, "rita", clearance);
        const book = await boards.book(readerOf(reader.graph, clearance));
        const report = boardReport(book, book.boards.get("dune")!, reader);
        const communityOf = (id: string) =>
          reader.analysis.persons.find((person) => person.id === id)?.community;
        return { notes: report.notes.filter((n) => n.subject === "community"), communityOf };
      };
      // Community numbers are the reader's analysis's: each level places the note on P1's network.
      for (const clearance of ["restricted", "secret"] as const) {
        const { notes, communityOf } = await networkNotesAt(clearance);
        expect(notes.find((note) => note.about === "P1")).toMatchObject({
          text: "their network moved to night crossings",
          network: communityOf("P1"),
        });
      }
      // P4 is secret: below secret the note on their network is hidden with them.
      const secret = await networkNotesAt("secret");
      expect(secret.notes.find((note) => note.about === "P4")?.network).toBe(
        secret.communityOf("P4"),
      );
      const restricted = await networkNotesAt("restricted");
      expect(JSON.stringify(restricted.notes)).not.toMatch(/NIGHTJAR|P4/);
      await expect(
        boards.note(authorOf(graph, "rita", "restricted"), {
          subject: "community",
          about: "P4",
          text: "x",
          classification: "restricted",
        }),
      ).rejects.toThrow('no community "P4" (or not visible at your clearance)');
    });

    it("keeps the board through a re-import and shows what changed for each member", async () => {
      await importWorld(store, SMALL_WORLD_LATER);
      const later = authorOf(await store.loadGraph(), "chief", "secret");
      const fresh = new Boards(await fixture.reopen(store));
      const board = await fresh.board(readerOf(later.graph, "secret"), "dune");
      expect(board.members.map((m) => m.person)).toEqual(["P1", "P3", "P4"]);
      const p1 = board.members[0]!;
      const changes = changesSince(later, "P1", p1.review);
      expect(changes.newTransfers).toEqual(["T6"]);
      expect(changes.newMoney).toEqual({ sent: {}, received: { EUR: 700 } });
      expect(changes.newCases).toEqual(["C2"]);
      expect(changes.newCrimeLinks).toContain("drug_trafficking@0");
      expect(changes.changed).toBe(true);
      const p3 = changesSince(later, "P3", board.members[1]!.review);
      expect(p3.newCases).toEqual([]);
      expect(p3.newTransfers).toEqual([]);
    });
  });
}
