/** The target boards: the public entry point of engine/boards. */
export * from "./types.ts";
export {
  foldBoards,
  type Board,
  type BoardBook,
  type BoardMember,
  type Note,
  type SavedView,
} from "./fold.ts";
export { readerOf, visibleEvents, type Reader } from "./visible.ts";
export { changesSince, snapshotOf, type AnalysedView, type MemberChanges } from "./snapshot.ts";
export { BoardError, Boards, type Author, type MarkingRequest } from "./boards.ts";
export { boardsFileOf, FileBoardLog } from "./file-log.ts";
export {
  boardReport,
  changeSummary,
  noteTopic,
  placeNotes,
  type BoardReport,
  type MemberReport,
} from "./report.ts";
export { namedInSimulation } from "./simulation-names.ts";
export { simulateBoardSet, type BoardSimulation, type SetFigures, type Swap } from "./simulate.ts";
export { briefingHtml, collectBriefing, renderBriefing, type Briefing } from "./briefing.ts";
