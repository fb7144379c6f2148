/**
 * `crosslink board show|simulate`: a board as the user may see it (members,
 * decisions, what changed since each review, notes), and the chosen set
 * simulated beside the best set of its size, each a `view` audit line; the
 * briefing pack, an `export` line.
 */
import {
  boardReport,
  changeSummary,
  collectBriefing,
  namedInSimulation,
  noteTopic,
  renderBriefing,
  simulateBoardSet,
  type BoardSimulation,
} from "../../../engine/boards/index.ts";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomically } from "../../../engine/model/write-file-atomically.ts";
import { DataError } from "../errors.ts";
import { printTable } from "../print-table.ts";
import type { AsOptions } from "../visible-world.ts";
import { withBoards } from "../board/session.ts";

type Format = "table" | "json";

export async function show(name: string, options: AsOptions & { format: Format }) {
  await withBoards("show", "analyst", options, async ({ author, boards, audit }) => {
    const reader = boards.readerOf(author);
    const book = await boards.book(reader);
    const board = book.boards.get(name);
    if (!board) throw new DataError(`no board "${name}" (or not visible at your clearance)`);
    const report = boardReport(book, board, author);
    await audit(
      "view",
      { board: name, format: options.format },
      report.members.map((m) => m.person),
    );
    if (options.format === "json") {
      console.log(JSON.stringify(report, null, 2));
      return;
    }
    console.log(`board ${report.name}${report.title ? ` — ${report.title}` : ""}`);
    printTable(
      ["person", "name", "status", "owner", "rank", "rationale", "since last review"],
      report.members.map((m) => [
        m.person,
        m.name,
        m.status,
        m.owner ?? "",
        m.rank === null ? "" : String(m.rank),
        m.rationale ?? "",
        changeSummary(m.changes),
      ]),
    );
    for (const note of report.notes) {
      console.log(
        `note on ${noteTopic(note)} (${note.classification}${note.handling_code ? ` · ${note.handling_code}` : ""}, ${note.by}): ${note.text}`,
      );
    }
  });
}

export async function simulate(
  name: string,
  ids: string[],
  options: AsOptions & { format: Format },
) {
  await withBoards("simulate", "taskforce", options, async ({ author, boards, audit }) => {
    const board = await boards.board(boards.readerOf(author), name);
    const chosen =
      ids.length > 0
        ? ids
        : board.members.filter((m) => m.status === "approved").map((m) => m.person);
    const unknown = chosen.filter((id) => !board.members.some((m) => m.person === id));
    if (chosen.length === 0)
      throw new DataError(`board "${name}" has no approved member: give ids`);
    if (unknown.length > 0) throw new DataError(`not on board "${name}": ${unknown.join(", ")}`);
    const simulation = simulateBoardSet(author, chosen);
    await audit("view", { board: name, simulate: chosen.length }, chosen);
    if (options.format === "json") {
      console.log(JSON.stringify(simulation, null, 2));
      return;
    }
    printSimulation(simulation);
  });
}

function printSimulation(simulation: BoardSimulation): void {
  const { chosen, best } = simulation;
  const named = (id: string) => namedInSimulation(simulation, id);
  const figures = (label: string, set: typeof chosen) =>
    console.log(
      `${label}: ${set.ids.map(named).join(", ")} — fragmentation ${set.fragmentation.toFixed(4)}, largest component ${set.curve.steps.at(-1)!.lcc} of ${set.curve.lcc0} (${set.lccFraction.toFixed(4)})`,
    );
  figures("chosen set", chosen);
  figures(`best set of ${best.ids.length}`, best);
  if (simulation.outside.length > 0) {
    console.log(`not in the person network (no tie): ${simulation.outside.map(named).join(", ")}`);
  }
  printTable(
    ["step", "chosen removed", "lcc", "fragmentation", "best removed", "lcc", "fragmentation"],
    chosen.curve.steps.map((step, i) => {
      const other = best.curve.steps[i]!;
      return [
        String(step.step),
        step.removed.map(named).join(", "),
        String(step.lcc),
        step.fragmentation.toFixed(4),
        other.removed.map(named).join(", "),
        String(other.lcc),
        other.fragmentation.toFixed(4),
      ];
    }),
  );
  if (simulation.swaps.length === 0) console.log("no single swap improves the chosen set");
  for (const swap of simulation.swaps) {
    console.log(
      `swap ${named(swap.out)} for ${named(swap.in)}: fragmentation ${swap.fragmentation.toFixed(4)}`,
    );
  }
}

/** The briefing pack: briefing.html, briefing.pdf (with Chromium) and briefing.json in --out. */
export async function briefing(name: string, options: AsOptions & { out: string }) {
  await withBoards("briefing", "taskforce", options, async ({ author, boards, audit }) => {
    const book = await boards.bookOf(author);
    const board = book.boards.get(name);
    if (!board) throw new DataError(`no board "${name}" (or not visible at your clearance)`);
    const report = boardReport(book, board, author);
    const approved = report.members.filter((m) => m.status === "approved").map((m) => m.person);
    const pack = collectBriefing(
      author,
      report,
      approved.length > 0 ? simulateBoardSet(author, approved) : null,
      author.user,
    );
    const { html, pdf } = await renderBriefing(pack);
    await writeFileAtomically(
      join(options.out, "briefing.json"),
      JSON.stringify(pack, null, 2) + "\n",
    );
    await writeFileAtomically(join(options.out, "briefing.html"), html);
    if (pdf) await writeFile(join(options.out, "briefing.pdf"), pdf, { mode: 0o600 });
    await audit(
      "export",
      { board: name, out: options.out },
      report.members.map((m) => m.person),
    );
    console.log(
      `briefing of board ${name} (${approved.length} approved, marked ${pack.classification}${pack.handlingCodes.map((c) => ` · ${c}`).join("")}) in ${options.out}${pdf ? "" : " (no PDF: Chromium not found)"}`,
    );
  });
}
