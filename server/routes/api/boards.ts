/**
 * Target boards (engine/boards): the task force creates boards, adds members,
 * decides and simulates; analysts read boards and write notes and saved
 * views; viewers get 403. Everything is read and checked at the caller's
 * clearance (a hidden member, note or board answers like a missing one), and
 * every change is a `change` audit line naming the persons it touched.
 */
import type { Static } from "@sinclair/typebox";
import type { FastifyInstance, FastifyRequest } from "fastify";
import {
  BoardError,
  boardReport,
  simulateBoardSet,
  type Author,
} from "../../../engine/boards/index.ts";
import { errors } from "../../schemas/common.ts";
import {
  AddMembersBody,
  Board,
  BoardList,
  BoardParams,
  CreateBoardBody,
  MemberParams,
  SetMemberBody,
  SimulateBody,
  Simulation,
} from "../../schemas/boards.ts";
import { ApiError, disclosed, viewOf } from "./caller.ts";

/** The caller as a board author: their name and clearance, and their view of the world, analysed. */
export async function authorOf(request: FastifyRequest): Promise<Author> {
  const view = await viewOf(request);
  const { name, clearance } = request.user!;
  return {
    user: name,
    clearance,
    // A board compares records across the caller's whole view (changes since a review).
    graph: await request.server.world.wholeGraph(clearance),
    ...(await view.read("analysis", "network")),
  };
}

/** A refused change: 404 when it names what the caller cannot see, else 400. */
export async function answering<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BoardError) throw new ApiError(error.missing ? 404 : 400, error.message);
    throw error;
  }
}

/** The board as the caller may see it, its members disclosed for the audit line. */
async function shown(request: FastifyRequest, author: Author, name: string) {
  const boards = request.server.boards;
  const book = await boards.bookOf(author);
  const board = book.boards.get(name);
  if (!board) throw new BoardError(`no board "${name}" (or not visible at your clearance)`, true);
  const report = boardReport(book, board, author);
  disclosed(
    request,
    report.members.map((member) => member.person),
  );
  return report;
}

const tags = ["boards"];

export default async function boards(app: FastifyInstance) {
  app.get(
    "/boards",
    {
      config: { access: "analyst", audit: "view" },
      schema: {
        summary: "The boards the caller may see",
        tags,
        response: { 200: BoardList, ...errors() },
      },
    },
    async (request) => {
      const author = await authorOf(request);
      const book = await app.boards.bookOf(author);
      return {
        boards: [...book.boards.values()].map((board) => ({
          name: board.name,
          title: board.title,
          created: board.created,
          members: board.members.length,
          approved: board.members.filter((member) => member.status === "approved").length,
        })),
      };
    },
  );

  app.get<{ Params: Static<typeof BoardParams> }>(
    "/boards/:name",
    {
      config: { access: "analyst", audit: "view" },
      schema: {
        summary: "A board: members, decisions, what changed since each review, notes, history",
        tags,
        params: BoardParams,
        response: { 200: Board, ...errors(404) },
      },
    },
    (request) =>
      answering(async () => shown(request, await authorOf(request), request.params.name)),
  );

  app.put<{ Params: Static<typeof BoardParams>; Body: Static<typeof CreateBoardBody> }>(
    "/boards/:name",
    {
      config: { access: "taskforce", audit: "change" },
      schema: {
        summary: "Create a board (a board the caller sees already is answered as it is)",
        tags,
        params: BoardParams,
        body: CreateBoardBody,
        response: { 200: Board, ...errors(404) },
      },
    },
    (request) =>
      answering(async () => {
        const author = await authorOf(request);
        const { name } = request.params;
        const existing = (await app.boards.bookOf(author)).boards;
        if (!existing.has(name)) await app.boards.create(author, name, request.body);
        return shown(request, author, name);
      }),
  );

  app.post<{ Params: Static<typeof BoardParams>; Body: Static<typeof AddMembersBody> }>(
    "/boards/:name/members",
    {
      config: { access: "taskforce", audit: "change" },
      schema: {
        summary:
          "Add persons to a board, each reviewed as it stands now (members already on it stay as they are)",
        tags,
        params: BoardParams,
        body: AddMembersBody,
        response: { 200: Board, ...errors(404) },
      },
    },
    (request) =>
      answering(async () => {
        const author = await authorOf(request);
        const { ids, ...options } = request.body;
        await app.boards.add(author, request.params.name, ids, options);
        return shown(request, author, request.params.name);
      }),
  );

  app.patch<{ Params: Static<typeof MemberParams>; Body: Static<typeof SetMemberBody> }>(
    "/boards/:name/members/:id",
    {
      config: { access: "taskforce", audit: "change" },
      schema: {
        summary: "Decide on a member: status (with a rationale), owner, evidence",
        tags,
        params: MemberParams,
        body: SetMemberBody,
        response: { 200: Board, ...errors(404) },
      },
    },
    (request) =>
      answering(async () => {
        const author = await authorOf(request);
        await app.boards.set(author, request.params.name, request.params.id, request.body);
        return shown(request, author, request.params.name);
      }),
  );

  app.post<{ Params: Static<typeof BoardParams>; Body: Static<typeof SimulateBody> }>(
    "/boards/:name/simulate",
    {
      config: { access: "taskforce", audit: "view" },
      schema: {
        summary:
          "The approved members (or the ids given) removed from the network, beside the best set of the same size and the swaps that improve it",
        tags,
        params: BoardParams,
        body: SimulateBody,
        response: { 200: Simulation, ...errors(404) },
      },
    },
    (request) =>
      answering(async () => {
        const author = await authorOf(request);
        const board = await app.boards.board(app.boards.readerOf(author), request.params.name);
        const members = new Set(board.members.map((member) => member.person));
        const ids =
          request.body.ids ??
          board.members.filter((member) => member.status === "approved").map((m) => m.person);
        if (ids.length === 0) throw new ApiError(400, "the board has no approved member: give ids");
        // The count, never the ids: a hidden member answers like a missing one.
        const unknown = ids.filter((id) => !members.has(id)).length;
        if (unknown > 0) throw new ApiError(400, `${unknown} of the ids are not on the board`);
        disclosed(request, ids);
        return simulateBoardSet(author, ids);
      }),
  );
}
