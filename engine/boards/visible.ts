/**
 * Which changes a reader may see, by the same rule as records
 * (engine/access/visibility.ts): a change is visible when its classification
 * ranks at most the reader's clearance, and only while what it names is in
 * the reader's view too — a member whose person is hidden is not on the
 * board for them, a note on a hidden person or on a tie with a hidden end
 * does not exist for them, and hidden evidence, snapshot entries and the
 * selected or expanded entities of a saved view are cut out. A hidden member
 * answers like one never added.
 */
import { isVisible } from "../access/visibility.ts";
import type { Classification, EntityGraph } from "../model/index.ts";
import {
  VIEW_ID_LISTS,
  type BoardEvent,
  type MemberSnapshot,
  type SavedViewState,
} from "./types.ts";

export interface Reader {
  /** Undefined: every change (the CLI without --as, the whole store). */
  clearance?: Classification;
  /** Whether an entity id or link key (a transfer id) is in the reader's view. */
  shows(id: string): boolean;
}

/** A reader of `clearance` whose view of the records is `graph` (already cut to it). */
export const readerOf = (graph: EntityGraph, clearance?: Classification): Reader => ({
  ...(clearance && { clearance }),
  shows: (id) => graph.hasNode(id) || graph.hasEdge(id),
});

/** The two persons of a tie id `A|B`. */
export const tieEnds = (id: string): string[] => id.split("|");

const showsAll = (reader: Reader, ids: readonly string[]) =>
  ids.length > 0 && ids.every((id) => reader.shows(id));

export function visibleEvents(events: readonly BoardEvent[], reader: Reader): BoardEvent[] {
  const shown: BoardEvent[] = [];
  for (const event of events) {
    if (reader.clearance && !isVisible(event.classification, reader.clearance)) continue;
    const cut = cutToReader(event, reader);
    if (cut) shown.push(cut);
  }
  return shown;
}

function cutToReader(event: BoardEvent, reader: Reader): BoardEvent | null {
  switch (event.kind) {
    case "board.create":
      return event;
    case "view.save":
      return { ...event, state: cutViewState(event.state, reader) };
    case "note":
      // A community note is about the network of its member `about`: hidden with them.
      if (event.subject !== "tie" && !reader.shows(event.about)) return null;
      if (event.subject === "tie" && !showsAll(reader, tieEnds(event.about))) return null;
      return event;
    case "member.add":
      return reader.shows(event.person) ? event : null;
    case "member.review":
      if (!reader.shows(event.person)) return null;
      return { ...event, snapshot: cutSnapshot(event.snapshot, reader) };
    case "member.set":
      if (!reader.shows(event.person)) return null;
      return {
        ...event,
        ...(event.evidence && {
          evidence: event.evidence.filter((link) =>
            link.kind === "tie" ? showsAll(reader, tieEnds(link.id)) : reader.shows(link.id),
          ),
        }),
      };
  }
}

function cutSnapshot(snapshot: MemberSnapshot, reader: Reader): MemberSnapshot {
  return {
    ...snapshot,
    ties: snapshot.ties.filter((id) => reader.shows(id)),
    transfers: snapshot.transfers.filter((id) => reader.shows(id)),
    cases: snapshot.cases.filter((id) => reader.shows(id)),
  };
}

/** A saved view opens without what the reader may not see: the lists of ids keep only those in their view. */
function cutViewState(state: SavedViewState, reader: Reader): SavedViewState {
  const cut: SavedViewState = { ...state };
  for (const field of VIEW_ID_LISTS) {
    const ids = state[field];
    if (Array.isArray(ids))
      cut[field] = ids.filter((id) => typeof id === "string" && reader.shows(id));
  }
  return cut;
}
