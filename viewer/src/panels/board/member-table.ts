/**
 * The board's members as a table with every column readable: person, status,
 * owner, target rank and score, rationale, evidence and notes counted, and
 * what changed since the last review. A row's person button opens the member
 * beside the table.
 */
import { changeSummary } from "../../../../engine/boards/change-summary.ts";
import { tieEnds } from "../../../../engine/boards/visible.ts";
import type { Board } from "../../api/board-types.ts";
import { h } from "../../ui/dom.ts";

const COLUMNS = [
  "Person",
  "Status",
  "Owner",
  "Rank",
  "Score",
  "Rationale",
  "Evidence",
  "Notes",
  "Changed since review",
];

export function memberTable(
  board: Board,
  chosen: string | undefined,
  choose: (id: string) => void,
) {
  if (board.members.length === 0) {
    return h(
      "p",
      { class: "muted" },
      "No members yet: nominate targets from the targets table, or add a person by id.",
    );
  }
  const notesOn = (person: string) =>
    board.notes.filter(
      (note) =>
        (note.subject === "person" && note.about === person) ||
        (note.subject === "tie" && tieEnds(note.about).includes(person)),
    ).length;
  return h(
    "table",
    { class: "board-table" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        COLUMNS.map((title) => h("th", { scope: "col" }, title)),
      ),
    ),
    h(
      "tbody",
      {},
      board.members.map((m) =>
        h(
          "tr",
          { "data-id": m.person, "aria-selected": String(m.person === chosen) },
          h(
            "td",
            { class: "col-person" },
            h(
              "button",
              {
                type: "button",
                class: "link member-open",
                "data-key": `member-${m.person}`,
                onclick: () => choose(m.person),
              },
              m.name,
            ),
            h("span", { class: "muted" }, ` ${m.person}`),
          ),
          h("td", { class: `board-member-status status-${m.status}` }, m.status),
          h("td", { class: "col-owner" }, m.owner ?? ""),
          h("td", { class: "num" }, m.rank ?? ""),
          h("td", { class: "num" }, m.score === null ? "" : m.score.toFixed(3)),
          h("td", { class: "col-rationale" }, m.rationale ?? ""),
          h("td", { class: "num" }, m.evidence.length || ""),
          h("td", { class: "num" }, notesOn(m.person) || ""),
          h(
            "td",
            { class: `col-changed${m.changes.changed ? " changed" : ""}` },
            changeSummary(m.changes),
          ),
        ),
      ),
    ),
  );
}
