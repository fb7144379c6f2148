/**
 * The target board's vocabulary. A board is never stored as a state: what is
 * stored is the history of changes (BoardEvent, append-only, each attributed
 * and timestamped), and a board is that history folded (fold.ts). So the
 * history is complete by construction, and a reader of lower clearance folds
 * only the changes they may see (visible.ts).
 */
import type { Classification } from "../model/index.ts";

export const MEMBER_STATUSES = [
  "candidate",
  "nominated",
  "approved",
  "deferred",
  "rejected",
  "arrested",
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const isMemberStatus = (value: string): value is MemberStatus =>
  (MEMBER_STATUSES as readonly string[]).includes(value);

/** Evidence a decision rests on: a tie (`P1|P2`, the two persons), a transfer or a case, by id. */
export const EVIDENCE_KINDS = ["tie", "transfer", "case"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export interface EvidenceLink {
  kind: EvidenceKind;
  id: string;
}

/**
 * What a note is about: a person, a tie (`P1|P2`) or a community. A community
 * is named by one of its members (the network of that person), because
 * community numbers differ between clearance levels and between analyses.
 */
export const NOTE_SUBJECTS = ["person", "tie", "community"] as const;
export type NoteSubject = (typeof NOTE_SUBJECTS)[number];

/**
 * A member as it stood at its last review, to show what changed since: the
 * figures of the analysis of what the reviewer could see then.
 */
export interface MemberSnapshot {
  rank: number | null;
  score: number | null;
  /** Persons and organisations tied to the member, sorted. */
  ties: string[];
  /** Transfer ids sent or received, sorted. */
  transfers: string[];
  /** Case ids the member is involved in, sorted. */
  cases: string[];
  /** Own crime types and crime links as `type@hops` (`drug_trafficking@0`, `@1`...), sorted. */
  crimeLinks: string[];
}

/**
 * A saved viewer state. The engine reads only its lists of entity ids (what
 * is selected, what was expanded), to cut what a reader may not see; the rest
 * (filters, time window, camera) is the viewer's own.
 */
export interface SavedViewState {
  selected?: string[];
  expanded?: string[];
  [field: string]: unknown;
}
/** The fields of a saved state that list entity ids. */
export const VIEW_ID_LISTS = ["selected", "expanded"] as const;

/** A change as asked for, before the log numbers and stamps it. */
export type BoardChange =
  | { kind: "board.create"; board: string; title?: string }
  | {
      kind: "member.add";
      board: string;
      person: string;
      status: MemberStatus;
    }
  | {
      kind: "member.set";
      board: string;
      person: string;
      status?: MemberStatus;
      owner?: string;
      rationale?: string;
      evidence?: EvidenceLink[];
    }
  /**
   * The member as it stood when added or its status changed. Its own change,
   * marked with the highest classification the reviewer's view held: the
   * figures were computed from all of it.
   */
  | { kind: "member.review"; board: string; person: string; snapshot: MemberSnapshot }
  | { kind: "note"; subject: NoteSubject; about: string; text: string; board?: string }
  | { kind: "view.save"; view: string; name: string; state: SavedViewState };

export type BoardChangeKind = BoardChange["kind"];

/** Who made a change, when, and how it is marked. */
export interface EventStamp {
  /** Position in the log, 1 first. */
  seq: number;
  time: string;
  user: string;
  /** At most the author's clearance; a reader below it never sees the change. */
  classification: Classification;
  handling_code?: string;
}

export type BoardEvent = BoardChange & EventStamp;

/** A change with its author's marking, as handed to a log to number and stamp. */
export type NewBoardEvent = BoardChange & Omit<EventStamp, "seq" | "time">;

export interface BoardLog {
  readonly kind: "file" | "neo4j";
  /** Appends one change: numbered after the last, stamped now. */
  append(event: NewBoardEvent): Promise<BoardEvent>;
  /** Every change a reader of `clearance` may see, in order (no clearance: every change). */
  read(clearance?: Classification): Promise<BoardEvent[]>;
  close(): Promise<void>;
}
