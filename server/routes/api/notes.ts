/**
 * Notes on persons, ties and communities, and saved viewer states shared by
 * link (`/?view=ID` in the viewer): written and read by analysts and up, each
 * marked at most its author's clearance and read only by those cleared for
 * it, like records.
 */
import type { Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { placeNotes } from "../../../engine/boards/index.ts";
import { errors } from "../../schemas/common.ts";
import {
  Note,
  NoteBody,
  NotesQuery,
  SavedView,
  SavedViewList,
  SaveViewBody,
  ViewParams,
} from "../../schemas/boards.ts";
import { Type } from "@sinclair/typebox";
import { ApiError, disclosed } from "./caller.ts";
import { answering, authorOf } from "./boards.ts";

const tags = ["boards"];

export default async function notes(app: FastifyInstance) {
  app.get<{ Querystring: Static<typeof NotesQuery> }>(
    "/notes",
    {
      config: { access: "analyst", audit: "view" },
      schema: {
        summary: "Notes the caller may see, on one subject when asked",
        tags,
        querystring: NotesQuery,
        response: { 200: Type.Object({ notes: Type.Array(Note) }), ...errors() },
      },
    },
    async (request) => {
      const author = await authorOf(request);
      const { subject, about } = request.query;
      const book = await app.boards.bookOf(author);
      const notes = placeNotes(book.notes, author).filter(
        (note) =>
          (subject === undefined || note.subject === subject) &&
          (about === undefined || note.about === about),
      );
      disclosed(
        request,
        notes.filter((note) => note.subject !== "tie").map((note) => note.about),
      );
      return { notes };
    },
  );

  app.post<{ Body: Static<typeof NoteBody> }>(
    "/notes",
    {
      config: { access: "analyst", audit: "change" },
      schema: {
        summary: "Leave a note on a person, a tie (P1|P2) or a community (by a member's id)",
        tags,
        body: NoteBody,
        response: { 200: Note, ...errors(404) },
      },
    },
    (request) =>
      answering(async () => {
        const author = await authorOf(request);
        const event = await app.boards.note(author, request.body);
        const book = await app.boards.bookOf(author);
        const note = placeNotes(book.notes, author).find(
          (candidate) => candidate.seq === event.seq,
        )!;
        if (note.subject !== "tie") disclosed(request, [note.about]);
        return note;
      }),
  );

  app.post<{ Body: Static<typeof SaveViewBody> }>(
    "/views",
    {
      config: { access: "analyst", audit: "change" },
      schema: {
        summary:
          "Save the viewer's state (filters, time window, camera, selection) to share by link",
        tags,
        body: SaveViewBody,
        response: { 200: SavedView, ...errors() },
      },
    },
    (request) =>
      answering(async () => {
        const author = await authorOf(request);
        const event = await app.boards.saveView(author, request.body);
        if (event.kind !== "view.save") throw new Error("saveView wrote no view");
        return (await app.boards.bookOf(author)).views.get(event.view)!;
      }),
  );

  app.get(
    "/views",
    {
      config: { access: "analyst", audit: "view" },
      schema: {
        summary: "The saved views the caller may open, newest first",
        tags,
        response: { 200: SavedViewList, ...errors() },
      },
    },
    async (request) => {
      const author = await authorOf(request);
      const book = await app.boards.bookOf(author);
      const views = [...book.views.values()].reverse().map((view) => ({
        id: view.id,
        name: view.name,
        by: view.by,
        at: view.at,
        classification: view.classification,
        ...(view.handling_code !== undefined && { handling_code: view.handling_code }),
      }));
      return { views };
    },
  );

  app.get<{ Params: Static<typeof ViewParams> }>(
    "/views/:id",
    {
      config: { access: "analyst", audit: "view" },
      schema: {
        summary: "A saved viewer state, if the caller is cleared for it",
        tags,
        params: ViewParams,
        response: { 200: SavedView, ...errors(404) },
      },
    },
    async (request) => {
      const author = await authorOf(request);
      const view = (await app.boards.bookOf(author)).views.get(request.params.id);
      if (!view) throw new ApiError(404, "no such view (or not visible at your clearance)");
      return view;
    },
  );
}
