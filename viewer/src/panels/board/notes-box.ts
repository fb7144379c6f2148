/**
 * Notes on one subject (a person, a tie P1|P2 or a community) as the board
 * screen shows them: each with its marking, author and time, newest last;
 * and, for those who may write notes, a form with the marking to give it.
 * The server shows a reader only the notes their clearance allows.
 */
import type { Note, NoteRequest } from "../../api/board-types.ts";
import { h } from "../../ui/dom.ts";
import { markingFields, markingText } from "./marking-fields.ts";

export interface NotesBoxOptions {
  subject: NoteRequest["subject"];
  /** A person, a tie P1|P2, or for a community the member a new note names it by. */
  about: string;
  /** A community's number in the reader's analysis: its notes are those the server placed there. */
  network?: number;
  notes: readonly Note[];
  /** Undefined: read only. */
  write?: { clearance: string; board: string; add(note: NoteRequest): Promise<void> };
}

export function notesBox({ subject, about, network, notes, write }: NotesBoxOptions): HTMLElement {
  const mine = notes.filter(
    (note) =>
      note.subject === subject &&
      (subject === "community" ? note.network === network : note.about === about),
  );
  const list =
    mine.length === 0
      ? h("p", { class: "muted" }, "No notes.")
      : h(
          "ul",
          { class: "board-notes" },
          mine.map((note) =>
            h(
              "li",
              { "data-seq": note.seq },
              h("span", { class: "badge" }, markingText(note)),
              ` ${note.text} `,
              h(
                "span",
                { class: "muted" },
                `— ${note.by}, ${note.at.slice(0, 16).replace("T", " ")}`,
              ),
            ),
          ),
        );
  if (!write)
    return h("div", { class: "notes-box", "data-subject": subject, "data-about": about }, list);
  const key = `note-${subject}-${about}`;
  const text = h("textarea", {
    class: "note-text",
    rows: 2,
    placeholder: "note",
    "aria-label": `Note on ${subject} ${about}`,
    "data-key": `${key}-text`,
  });
  const marking = markingFields(write.clearance, key);
  const add = () =>
    text.value.trim() === ""
      ? Promise.reject(new Error("write the note first"))
      : write.add({ subject, about, text: text.value, board: write.board, ...marking.value() });
  return h(
    "div",
    { class: "notes-box", "data-subject": subject, "data-about": about },
    list,
    text,
    h(
      "div",
      { class: "actions" },
      ...marking.elements,
      h(
        "button",
        { type: "button", class: "note-add", "data-key": `${key}-add`, onclick: () => void add() },
        "Add note",
      ),
    ),
  );
}
