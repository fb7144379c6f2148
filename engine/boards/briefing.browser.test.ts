/**
 * The briefing pack printed and read back by poppler: the marking — the
 * highest classification and every handling code of the board's entries,
 * notes and dossiers — at the top and bottom of every page; the decisions,
 * the simulation and a dossier per approved target in it; and, made for a
 * restricted reader, nothing of the secret note or the secret person. Needs
 * Chromium and pdftotext; skips loudly without them, fails under CI=true.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp as makeTemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { clearanceView } from "../access/clearance-view.ts";
import { analyzeWithNetwork } from "../analytics/index.ts";
import { DEFAULT_CHROMIUM_PATH } from "../export/index.ts";
import { havePdftotext, pdfPages } from "../export/test/pdf-pages.ts";
import { writeSmallWorld } from "../export/test/small-world.ts";
import { loadDataset, toEntityGraph } from "../ingest/index.ts";
import { CLASSIFICATION_LABELS, type EntityGraph } from "../model/index.ts";
import { Boards, type Author } from "./boards.ts";
import { briefingHtml, collectBriefing, renderBriefing } from "./briefing.ts";
import { FileBoardLog } from "./file-log.ts";
import { boardReport } from "./report.ts";
import { simulateBoardSet } from "./simulate.ts";
import { readerOf } from "./visible.ts";

/** The printed briefing is kept here to be looked at. */
const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/boards", import.meta.url));

const ready = existsSync(DEFAULT_CHROMIUM_PATH) && havePdftotext;
if (!ready) {
  console.warn(
    `SKIPPED printed briefing test: need Chromium at ${DEFAULT_CHROMIUM_PATH} and pdftotext (apt-get install chromium poppler-utils)`,
  );
}

const authorAt = (graph: EntityGraph, user: string, clearance: "secret" | "restricted"): Author => {
  const view = clearanceView(graph, clearance);
  return { user, clearance, graph: view, ...analyzeWithNetwork(view) };
};

async function briefingFor(boards: Boards, author: Author) {
  const book = await boards.book(readerOf(author.graph, author.clearance));
  const report = boardReport(book, book.boards.get("dune")!, author);
  const approved = report.members.filter((m) => m.status === "approved").map((m) => m.person);
  return collectBriefing(author, report, simulateBoardSet(author, approved), author.user);
}

describe("briefing pack", () => {
  it.runIf(!ready && process.env.CI === "true")("has Chromium and pdftotext under CI", () => {
    throw new Error("CI must install chromium and poppler-utils");
  });

  let graph: EntityGraph;
  let boards: Boards;
  beforeAll(async () => {
    graph = toEntityGraph(await loadDataset(await writeSmallWorld()));
    boards = new Boards(
      new FileBoardLog(
        join(await makeTemp(join(tmpdir(), "crosslink-briefing-")), "boards.ndjson"),
      ),
    );
    const chief = authorAt(graph, "chief", "secret");
    await boards.create(chief, "dune", { title: "Operation Dune" });
    await boards.add(chief, "dune", ["P1", "P3", "P4"], { status: "nominated" });
    await boards.set(chief, "dune", "P1", {
      status: "approved",
      rationale: "organises the departures",
    });
    await boards.set(chief, "dune", "P4", {
      status: "approved",
      rationale: "finances the crossings",
      classification: "secret",
      handling_code: "UK-EYES-ONLY",
    });
    await boards.set(chief, "dune", "P3", {
      status: "deferred",
      rationale: "wait for the wiretap",
    });
    await boards.note(chief, {
      subject: "person",
      about: "P1",
      text: "NIGHTJAR places her in Zuwara",
      classification: "secret",
      handling_code: "NO-FOREIGN",
    });
  }, 120_000);

  it.skipIf(!ready)(
    "carries the whole marking at the top and bottom of every printed page",
    async () => {
      const briefing = await briefingFor(boards, authorAt(graph, "chief", "secret"));
      expect(briefing.classification).toBe("secret");
      expect(briefing.handlingCodes).toEqual(
        expect.arrayContaining(["EU-ONLY", "NO-FOREIGN", "UK-EYES-ONLY"]),
      );
      expect(briefing.dossiers.map((d) => d.person.id)).toEqual(["P1", "P4"]);
      const { pdf } = await renderBriefing(briefing);
      const pages = pdfPages(pdf!);
      expect(pages.length).toBeGreaterThan(2);
      const label = CLASSIFICATION_LABELS.secret;
      pages.forEach(({ top, bottom }, i) => {
        for (const [band, text] of [
          ["top", top],
          ["bottom", bottom],
        ] as const) {
          expect(text, `page ${i + 1} ${band}`).toContain(label);
          for (const code of briefing.handlingCodes)
            expect(text, `page ${i + 1} ${band}: ${code}`).toContain(code);
          expect(text, `page ${i + 1} ${band}`).toContain("Briefing dune · generated");
        }
      });
      const all = pages.map((page) => page.text).join(" ");
      for (const shown of [
        "organises the departures",
        "wait for the wiretap",
        "NIGHTJAR places her",
        "Best set of 2",
        "Samir Qadri",
        // The simulation's chart: its legend and axis.
        "approved set (2)",
        "best set of 2 (key-player search)",
        "persons removed",
      ]) {
        expect(all, shown).toContain(shown);
      }
      // One curve per set, drawn as the viewer's disruption chart draws them.
      const html = briefingHtml(briefing);
      expect(html.match(/<polyline class="curve"/g)).toHaveLength(2);
      await mkdir(ARTIFACTS, { recursive: true });
      await writeFile(join(ARTIFACTS, "briefing-dune.pdf"), pdf!);
    },
    180_000,
  );

  it("made for a restricted reader, holds nothing of the secret note, decision or person", async () => {
    const briefing = await briefingFor(boards, authorAt(graph, "rita", "restricted"));
    const html = briefingHtml(briefing);
    for (const hidden of [
      "NIGHTJAR",
      "NO-FOREIGN",
      "UK-EYES-ONLY",
      "P4",
      "Samir Qadri",
      "finances the crossings",
      "P3",
    ]) {
      expect(html, hidden).not.toContain(hidden);
      expect(JSON.stringify(briefing), hidden).not.toContain(hidden);
    }
    expect(briefing.dossiers.map((d) => d.person.id)).toEqual(["P1"]);
    expect(briefing.classification).toBe("restricted");
  });
});
