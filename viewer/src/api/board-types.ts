/** The boards' API types, as the server's schemas declare them (type-only: erased from the bundle). */
import type { Static } from "@sinclair/typebox";
import type {
  Board as BoardSchema,
  Note as NoteSchema,
  SavedView as SavedViewSchema,
  Simulation as SimulationSchema,
} from "../../../server/schemas/boards.ts";

export type Board = Static<typeof BoardSchema>;
export type Simulation = Static<typeof SimulationSchema>;
export type Note = Static<typeof NoteSchema>;
export type SavedView = Static<typeof SavedViewSchema>;
