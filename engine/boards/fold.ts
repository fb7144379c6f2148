/**
 * Boards, notes and saved views as the changes make them: the log folded in
 * order. Pure; the changes handed in are already those the reader may see
 * (visible.ts), so what comes out is the board as that reader may see it.
 */
import type { Classification } from "../model/index.ts";
import type {
  BoardEvent,
  EvidenceLink,
  MemberSnapshot,
  MemberStatus,
  NoteSubject,
  SavedViewState,
} from "./types.ts";

export interface Stamp {
  by: string;
  at: string;
}

export interface BoardMember {
  person: string;
  status: MemberStatus;
  owner: string | null;
  rationale: string | null;
  evidence: EvidenceLink[];
  added: Stamp;
  updated: Stamp;
  /** The member at its last review (when added, and at each status change). */
  review: (Stamp & { snapshot: MemberSnapshot }) | null;
}

export interface Board {
  name: string;
  title: string | null;
  created: Stamp;
  /** In the order they were added. */
  members: BoardMember[];
  /** Every change to the board the reader may see, oldest first. */
  history: BoardEvent[];
}

export interface Note {
  seq: number;
  subject: NoteSubject;
  about: string;
  text: string;
  board: string | null;
  by: string;
  at: string;
  classification: Classification;
  handling_code?: string;
  /** A community note's network in the reader's analysis: the community of its member `about`. */
  network?: number;
}

export interface SavedView {
  id: string;
  name: string;
  state: SavedViewState;
  by: string;
  at: string;
  classification: Classification;
  handling_code?: string;
}

export interface BoardBook {
  boards: Map<string, Board>;
  notes: Note[];
  views: Map<string, SavedView>;
}

const stampOf = (event: BoardEvent): Stamp => ({ by: event.user, at: event.time });

export function foldBoards(events: readonly BoardEvent[]): BoardBook {
  const book: BoardBook = { boards: new Map(), notes: [], views: new Map() };
  for (const event of events) apply(book, event);
  return book;
}

function apply(book: BoardBook, event: BoardEvent): void {
  switch (event.kind) {
    case "board.create":
      if (!book.boards.has(event.board)) {
        book.boards.set(event.board, {
          name: event.board,
          title: event.title ?? null,
          created: stampOf(event),
          members: [],
          history: [event],
        });
      }
      return;
    case "member.add": {
      const board = book.boards.get(event.board);
      if (!board || board.members.some((member) => member.person === event.person)) return;
      board.history.push(event);
      board.members.push({
        person: event.person,
        status: event.status,
        // Whoever put the person on the board owns them until someone else is named.
        owner: event.user,
        rationale: null,
        evidence: [],
        added: stampOf(event),
        updated: stampOf(event),
        review: null,
      });
      return;
    }
    case "member.set":
    case "member.review": {
      const board = book.boards.get(event.board);
      const member = board?.members.find((candidate) => candidate.person === event.person);
      if (!board || !member) return;
      board.history.push(event);
      member.updated = stampOf(event);
      if (event.kind === "member.review") {
        member.review = { ...stampOf(event), snapshot: event.snapshot };
        return;
      }
      if (event.status !== undefined) member.status = event.status;
      if (event.owner !== undefined) member.owner = event.owner;
      if (event.rationale !== undefined) member.rationale = event.rationale;
      if (event.evidence !== undefined) member.evidence = event.evidence;
      return;
    }
    case "note":
      book.notes.push({
        seq: event.seq,
        subject: event.subject,
        about: event.about,
        text: event.text,
        board: event.board ?? null,
        by: event.user,
        at: event.time,
        classification: event.classification,
        ...(event.handling_code && { handling_code: event.handling_code }),
      });
      book.boards.get(event.board ?? "")?.history.push(event);
      return;
    case "view.save":
      book.views.set(event.view, {
        id: event.view,
        name: event.name,
        state: event.state,
        by: event.user,
        at: event.time,
        classification: event.classification,
        ...(event.handling_code && { handling_code: event.handling_code }),
      });
      return;
  }
}
