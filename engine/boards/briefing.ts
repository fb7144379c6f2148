/**
 * The briefing pack of a board: the board's summary with its decisions and
 * their rationale, the notes, the simulation of the approved set beside the
 * best set of its size, and the dossier of every approved target, as one
 * printable page with its marking — the highest classification and every
 * handling code of everything in it — at the top and bottom of every printed
 * page (engine/export's printed page and dossiers, the same as target
 * packages). Made from the reader's view: the board report, the simulation
 * and the dossiers come already cut to their clearance.
 */
import {
  collectDossier,
  dossierBody,
  escapeXml as e,
  indexAnalysis,
  markingOf,
  openPdfPrinter,
  printedPage,
  readableTime,
  SOFTWARE_VERSION,
  DEFAULT_CHROMIUM_PATH,
  type Marked,
  type TargetDossier,
} from "../export/index.ts";
import { CLASSIFICATION_LABELS, type Classification } from "../model/index.ts";
import type { BoardReport } from "./report.ts";
import { changeSummary, noteTopic } from "./report.ts";
import type { BoardSimulation, SetFigures } from "./simulate.ts";
import { namedInSimulation } from "./simulation-names.ts";
import { simulationChart } from "./simulation-chart.ts";
import { lineChartMarkup } from "../export/chart/line-chart.ts";
import type { AnalysedView } from "./snapshot.ts";

export interface Briefing {
  format: "crosslink-briefing/1";
  board: BoardReport;
  simulation: BoardSimulation | null;
  dossiers: TargetDossier[];
  classification: Classification;
  handlingCodes: string[];
  generatedBy: string;
  generatedAt: string;
}

export function collectBriefing(
  view: AnalysedView,
  board: BoardReport,
  simulation: BoardSimulation | null,
  generatedBy: string,
  now: Date = new Date(),
): Briefing {
  const generatedAt = now.toISOString();
  const analysis = indexAnalysis(view.analysis);
  const dossiers = board.members
    .filter((member) => member.status === "approved")
    .map((member) =>
      collectDossier({ ...view, analysis, id: member.person, generatedBy, generatedAt }),
    );
  const marked: Marked[] = [
    ...board.history,
    ...board.notes,
    ...dossiers.flatMap((dossier) => [
      { classification: dossier.classification },
      ...dossier.handlingCodes.map((code) => ({
        classification: dossier.classification,
        handling_code: code,
      })),
    ]),
  ];
  const marking = markingOf(marked);
  return {
    format: "crosslink-briefing/1",
    board,
    simulation,
    dossiers,
    classification: marking.classification,
    handlingCodes: marking.handling_codes,
    generatedBy,
    generatedAt,
  };
}

export function briefingHtml(briefing: Briefing): string {
  const { board } = briefing;
  return printedPage({
    title: `Briefing ${board.name}`,
    classification: briefing.classification,
    handlingCodes: briefing.handlingCodes,
    generated: `Briefing ${board.name} · generated ${readableTime(briefing.generatedAt)} by ${briefing.generatedBy} · crosslink ${SOFTWARE_VERSION}`,
    body: [
      `<h1>Briefing: ${e(board.title ?? board.name)} <span class="muted">board ${e(board.name)}</span></h1>`,
      `<p>Marked ${e(CLASSIFICATION_LABELS[briefing.classification])}${briefing.handlingCodes.map((c) => ` · ${e(c)}`).join("")}: the highest classification and every handling code of the board's entries, notes and dossiers below.</p>`,
      section("Board", membersTable(board)),
      section("Decisions", decisions(board)),
      board.notes.length > 0 ? section("Notes", notesList(board)) : "",
      section("The approved set, simulated", simulationPart(briefing.simulation)),
      ...briefing.dossiers.map(
        (dossier) => `<section style="break-before:page">${dossierBody(dossier, 100)}</section>`,
      ),
    ].join("\n"),
  });
}

/** The HTML and, when Chromium is installed, its PDF. */
export async function renderBriefing(
  briefing: Briefing,
  chromiumPath: string = DEFAULT_CHROMIUM_PATH,
): Promise<{ html: string; pdf: Buffer | null }> {
  const html = briefingHtml(briefing);
  const printer = await openPdfPrinter(chromiumPath);
  try {
    return { html, pdf: printer ? await printer.print(html) : null };
  } finally {
    await printer?.close();
  }
}

const section = (title: string, content: string) => `<h2>${e(title)}</h2>\n${content}`;

const table = (head: string[], rows: string[][]) =>
  `<table class="data"><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;

function membersTable(board: BoardReport): string {
  if (board.members.length === 0) return "<p>No members.</p>";
  return table(
    ["person", "status", "owner", "rank", "score", "rationale", "since last review"],
    board.members.map((m) => [
      `${e(m.name)} <span class="muted">${e(m.person)}</span>`,
      e(m.status),
      e(m.owner ?? ""),
      e(m.rank ?? ""),
      e(m.score ?? ""),
      e(m.rationale ?? ""),
      e(changeSummary(m.changes)),
    ]),
  );
}

function decisions(board: BoardReport): string {
  const rows = board.history.flatMap((event) =>
    event.kind === "member.add" || (event.kind === "member.set" && event.status !== undefined)
      ? [
          [
            e(readableTime(event.time)),
            e(event.user),
            e(event.person),
            e(event.status ?? ""),
            e(event.kind === "member.set" ? (event.rationale ?? "") : "added"),
            e(CLASSIFICATION_LABELS[event.classification]) +
              (event.handling_code ? ` · ${e(event.handling_code)}` : ""),
          ],
        ]
      : [],
  );
  return rows.length === 0
    ? "<p>No decisions yet.</p>"
    : table(["when", "who", "person", "status", "rationale", "marking"], rows);
}

function notesList(board: BoardReport): string {
  return `<ul>${board.notes
    .map(
      (note) =>
        `<li><b>${e(noteTopic(note))}</b> (${e(CLASSIFICATION_LABELS[note.classification])}${note.handling_code ? ` · ${e(note.handling_code)}` : ""}; ${e(note.by)}, ${e(readableTime(note.at))}): ${e(note.text)}</li>`,
    )
    .join("")}</ul>`;
}

function simulationPart(simulation: BoardSimulation | null): string {
  if (!simulation) return "<p>No approved member to simulate.</p>";
  const { chosen, best } = simulation;
  const named = (id: string) => namedInSimulation(simulation, id);
  const line = (label: string, set: SetFigures) =>
    `<p><b>${e(label)}</b>: ${e(set.ids.map(named).join(", "))} — fragmentation ${set.fragmentation.toFixed(4)}, largest component ${set.curve.steps.at(-1)!.lcc} of ${set.curve.lcc0}.</p>`;
  const rows = chosen.curve.steps.map((step, i) => {
    const other = best.curve.steps[i]!;
    return [
      String(step.step),
      e(step.removed.map(named).join(", ")),
      String(step.lcc),
      step.fragmentation.toFixed(4),
      e(other.removed.map(named).join(", ")),
      String(other.lcc),
      other.fragmentation.toFixed(4),
    ];
  });
  const swaps =
    simulation.swaps.length === 0
      ? "<p>No single swap improves the approved set.</p>"
      : `<ul>${simulation.swaps.map((s) => `<li>swap ${e(named(s.out))} for ${e(named(s.in))}: fragmentation ${s.fragmentation.toFixed(4)}</li>`).join("")}</ul>`;
  return [
    line("Approved set", chosen),
    line(`Best set of ${best.ids.length} (greedy key-player search with swaps)`, best),
    `<figure class="chart">${lineChartMarkup(...simulationChart(simulation, { width: 560, height: 220 }))}<figcaption>Largest component left after each removal, in percent of the intact network: the approved set against the best set of the same size.</figcaption></figure>`,
    table(
      [
        "step",
        "approved removed",
        "largest component",
        "fragmentation",
        "best removed",
        "largest component",
        "fragmentation",
      ],
      rows,
    ),
    swaps,
    simulation.outside.length > 0
      ? `<p>Not in the person network: ${e(simulation.outside.map(named).join(", "))}</p>`
      : "",
  ].join("\n");
}
