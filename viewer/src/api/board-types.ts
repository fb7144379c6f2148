/** The boards' API types, as the server's schemas declare them (type-only: erased from the bundle). */
import type { Static } from "@sinclair/typebox";
import type {
  Board as BoardSchema,
  BoardList,
  NoteBody,
  SetMemberBody,
  Note as NoteSchema,
  SavedView as SavedViewSchema,
  SavedViewList as SavedViewListSchema,
  Simulation as SimulationSchema,
} from "../../../server/schemas/boards.ts";

export type Board = Static<typeof BoardSchema>;
export type Simulation = Static<typeof SimulationSchema>;
export type Note = Static<typeof NoteSchema>;
export type SavedView = Static<typeof SavedViewSchema>;
export type SavedViewList = Static<typeof SavedViewListSchema>;
export type BoardSummary = Static<typeof BoardList>["boards"][number];
export type MemberChange = Static<typeof SetMemberBody>;
export type NoteRequest = Static<typeof NoteBody>;
export type BoardMember = Board["members"][number];
