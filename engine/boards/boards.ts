/**
 * The board operations every way in (CLI, API) goes through: each checks the
 * change against what its author may see and do, then appends it to the log
 * (one change, or a change and the review it makes). Reading folds the log as
 * the reader may see it. Roles are the caller's business (the CLI's --as and
 * the API's routes check them); clearance is decided here.
 */
import { randomBytes } from "node:crypto";
import { effectiveLevel, presentLevels } from "../access/clearance-view.ts";
import { isVisible } from "../access/visibility.ts";
import { CLASSIFICATIONS, type Classification } from "../model/index.ts";
import { foldBoards, type Board, type BoardBook } from "./fold.ts";
import { snapshotOf, type AnalysedView } from "./snapshot.ts";
import {
  type BoardChange,
  type BoardEvent,
  type BoardLog,
  type EvidenceLink,
  type MemberStatus,
  type NewBoardEvent,
  type NoteSubject,
  type SavedViewState,
} from "./types.ts";
import { readerOf, tieEnds, visibleEvents, type Reader } from "./visible.ts";

/** A change refused: names what is wrong (the CLI exits 1, the API answers 400 or 404). */
export class BoardError extends Error {
  constructor(
    message: string,
    readonly missing = false,
  ) {
    super(message);
  }
}

/** Who changes a board and the view they work on (already cut to their clearance). */
export interface Author extends AnalysedView {
  user: string;
  /** Undefined: the whole store (the CLI without --as). */
  clearance?: Classification;
}

/** How a change is marked; by default restricted (at most the author's clearance). */
export interface MarkingRequest {
  classification?: string;
  handling_code?: string;
}

const NAME = /^[A-Za-z0-9._-]{1,64}$/;
const TEXT_LIMIT = 4000;
const CODE = /^[\p{L}\p{N} ._:/-]{1,64}$/u;

export const noSuchBoard = (name: string) =>
  new BoardError(`no board "${name}" (or not visible at your clearance)`, true);

export class Boards {
  constructor(readonly log: BoardLog) {}

  /** Every board, note and saved view the reader may see. */
  async book(reader: Reader): Promise<BoardBook> {
    return foldBoards(visibleEvents(await this.log.read(reader.clearance), reader));
  }

  async board(reader: Reader, name: string): Promise<Board> {
    const board = (await this.book(reader)).boards.get(name);
    if (!board) throw noSuchBoard(name);
    return board;
  }

  async create(author: Author, name: string, options: { title?: string } & MarkingRequest = {}) {
    if (!NAME.test(name)) throw new BoardError(`board name must be 1-64 of A-Z a-z 0-9 . _ -`);
    // Any board of that name, at any clearance: two boards of one name would merge.
    if ((await this.log.read()).some((e) => e.kind === "board.create" && e.board === name)) {
      throw new BoardError(`board "${name}" exists already`);
    }
    const title = options.title === undefined ? {} : { title: checkText(options.title, "title") };
    return this.append(author, options, { kind: "board.create", board: name, ...title });
  }

  /** Adds persons, each reviewed as it stands now; one already on the board is left as it is. */
  async add(
    author: Author,
    name: string,
    persons: readonly string[],
    options: { status?: MemberStatus; note?: string } & MarkingRequest = {},
  ): Promise<BoardEvent[]> {
    const board = await this.board(this.readerOf(author), name);
    if (persons.length === 0) throw new BoardError("give at least one person id");
    for (const person of persons) this.requirePerson(author, person);
    const present = new Set(board.members.map((member) => member.person));
    const events: BoardEvent[] = [];
    for (const person of new Set(persons)) {
      if (present.has(person)) continue;
      const status = options.status ?? "candidate";
      events.push(
        await this.append(author, options, { kind: "member.add", board: name, person, status }),
      );
      events.push(await this.review(author, name, person));
      if (options.note !== undefined) {
        events.push(
          await this.note(author, {
            subject: "person",
            about: person,
            text: options.note,
            board: name,
            ...marking(options),
          }),
        );
      }
    }
    return events;
  }

  /** Changes a member's status (with a rationale, and then reviewed), owner or evidence. */
  async set(
    author: Author,
    name: string,
    person: string,
    change: {
      status?: MemberStatus;
      rationale?: string;
      owner?: string;
      evidence?: EvidenceLink[];
    } & MarkingRequest,
  ): Promise<BoardEvent[]> {
    const board = await this.board(this.readerOf(author), name);
    if (!board.members.some((member) => member.person === person)) {
      throw new BoardError(`${person} is not on board "${name}"`, true);
    }
    const { status, rationale, owner, evidence } = change;
    if (status === undefined && rationale === undefined && owner === undefined && !evidence) {
      throw new BoardError("give a status, rationale, owner or evidence to change");
    }
    if (status !== undefined && rationale === undefined) {
      throw new BoardError("a status change needs a rationale");
    }
    for (const link of evidence ?? []) this.requireEvidence(author, link);
    const events = [
      await this.append(author, change, {
        kind: "member.set",
        board: name,
        person,
        ...(status !== undefined && { status }),
        ...(rationale !== undefined && { rationale: checkText(rationale, "rationale") }),
        ...(owner !== undefined && { owner: checkText(owner, "owner") }),
        ...(evidence && { evidence }),
      }),
    ];
    if (status !== undefined) events.push(await this.review(author, name, person));
    return events;
  }

  /** A note on a person, a tie (`P1|P2`) or a community (by a member's id), marked at most the author's clearance. */
  async note(
    author: Author,
    note: { subject: NoteSubject; about: string; text: string; board?: string } & MarkingRequest,
  ): Promise<BoardEvent> {
    const reader = this.readerOf(author);
    const ends = note.subject === "tie" ? tieEnds(note.about) : [note.about];
    if ((note.subject === "tie" && ends.length !== 2) || ends.some((id) => !reader.shows(id))) {
      throw new BoardError(
        `no ${note.subject} "${note.about}" (or not visible at your clearance)`,
        true,
      );
    }
    return this.append(author, note, {
      kind: "note",
      subject: note.subject,
      about: note.about,
      text: checkText(note.text, "note"),
      ...(note.board !== undefined && { board: note.board }),
    });
  }

  /** Saves a viewer state under a new id, to be shared as a link. */
  async saveView(
    author: Author,
    view: { name: string; state: SavedViewState } & MarkingRequest,
  ): Promise<BoardEvent> {
    return this.append(author, view, {
      kind: "view.save",
      view: randomBytes(9).toString("base64url"),
      name: checkText(view.name, "name"),
      state: view.state,
    });
  }

  readerOf(author: Author): Reader {
    return readerOf(author.graph, author.clearance);
  }

  /** What the author may see of the boards, notes and saved views. */
  bookOf(author: Author): Promise<BoardBook> {
    return this.book(this.readerOf(author));
  }

  /** The member's figures now, marked with the highest classification of the view they come from. */
  private review(author: Author, board: string, person: string): Promise<BoardEvent> {
    const level = effectiveLevel(presentLevels(author.graph), author.clearance ?? "secret");
    return this.log.append({
      kind: "member.review",
      board,
      person,
      snapshot: snapshotOf(author, person),
      user: author.user,
      classification: level,
    });
  }

  private append(
    author: Author,
    marking: MarkingRequest,
    change: BoardChange,
  ): Promise<BoardEvent> {
    return this.log.append({
      ...change,
      user: author.user,
      ...markingOf(author, marking),
    } as NewBoardEvent);
  }

  private requirePerson(author: Author, id: string): void {
    if (!author.graph.hasNode(id) || author.graph.getNodeAttribute(id, "type") !== "person") {
      throw new BoardError(`no person "${id}" (or not visible at your clearance)`, true);
    }
  }

  private requireEvidence(author: Author, link: EvidenceLink): void {
    const reader = this.readerOf(author);
    const shown =
      link.kind === "tie"
        ? tieEnds(link.id).length === 2 && tieEnds(link.id).every((id) => reader.shows(id))
        : reader.shows(link.id);
    if (!shown)
      throw new BoardError(`no ${link.kind} "${link.id}" (or not visible at your clearance)`, true);
  }
}

const marking = ({ classification, handling_code }: MarkingRequest): MarkingRequest => ({
  ...(classification !== undefined && { classification }),
  ...(handling_code !== undefined && { handling_code }),
});

function checkText(text: string, field: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > TEXT_LIMIT) {
    throw new BoardError(`${field} must be 1-${TEXT_LIMIT} characters`);
  }
  return trimmed;
}

/** The change's marking: never above what its author may see. */
function markingOf(author: Author, request: MarkingRequest) {
  const clearance = author.clearance ?? "secret";
  const asked = request.classification;
  if (asked !== undefined && !(CLASSIFICATIONS as readonly string[]).includes(asked)) {
    throw new BoardError(`classification must be one of ${CLASSIFICATIONS.join(", ")}`);
  }
  const classification =
    (asked as Classification | undefined) ??
    (isVisible("restricted", clearance) ? "restricted" : clearance);
  if (!isVisible(classification, clearance)) {
    throw new BoardError(`classification ${classification} is above your clearance (${clearance})`);
  }
  if (request.handling_code !== undefined && !CODE.test(request.handling_code)) {
    throw new BoardError("handling code must be 1-64 letters, digits, spaces or . _ : / -");
  }
  return { classification, ...(request.handling_code && { handling_code: request.handling_code }) };
}
