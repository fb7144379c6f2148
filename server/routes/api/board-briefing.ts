/**
 * The briefing pack of a board (engine/boards/briefing.ts) at the caller's
 * clearance: the board with its decisions and rationale, the approved set
 * simulated, the approved targets' dossiers, as JSON or as the printable
 * HTML page marked on every page; an `export` audit line.
 */
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import {
  boardReport,
  briefingHtml,
  collectBriefing,
  simulateBoardSet,
} from "../../../engine/boards/index.ts";
import { Classification, Strict, errors } from "../../schemas/common.ts";
import { Board, BoardParams, Simulation } from "../../schemas/boards.ts";
import { disclosed } from "./caller.ts";
import { answering, authorOf } from "./boards.ts";
import { BoardError } from "../../../engine/boards/index.ts";

const Query = Strict({
  format: Type.Optional(
    Type.Union([Type.Literal("json"), Type.Literal("html")], { default: "json" }),
  ),
});

const BriefingJson = Type.Object({
  format: Type.Literal("crosslink-briefing/1"),
  board: Board,
  simulation: Type.Union([Simulation, Type.Null()]),
  dossiers: Type.Array(
    Type.Object(
      {},
      { additionalProperties: true, description: "a target package (TargetDossier)" },
    ),
  ),
  classification: Classification,
  handlingCodes: Type.Array(Type.String()),
  generatedBy: Type.String(),
  generatedAt: Type.String(),
});

export default async function boardBriefing(app: FastifyInstance) {
  app.get<{ Params: Static<typeof BoardParams>; Querystring: Static<typeof Query> }>(
    "/boards/:name/briefing",
    {
      config: { access: "taskforce", audit: "export" },
      schema: {
        summary:
          "The briefing pack: board summary with decisions and rationale, the approved set simulated, the approved targets' dossiers, marked",
        tags: ["boards"],
        params: BoardParams,
        querystring: Query,
        response: {
          200: {
            description: "the briefing as a download: JSON, or the printable HTML page",
            content: {
              "application/json": { schema: BriefingJson },
              "text/html": { schema: Type.String({ description: "the self-contained briefing" }) },
            },
          },
          ...errors(404),
        },
      },
    },
    (request, reply) =>
      answering(async () => {
        const author = await authorOf(request);
        const { name } = request.params;
        const book = await app.boards.bookOf(author);
        const board = book.boards.get(name);
        if (!board)
          throw new BoardError(`no board "${name}" (or not visible at your clearance)`, true);
        const report = boardReport(book, board, author);
        const approved = report.members.filter((m) => m.status === "approved").map((m) => m.person);
        const briefing = collectBriefing(
          author,
          report,
          approved.length > 0 ? simulateBoardSet(author, approved) : null,
          author.user,
        );
        disclosed(
          request,
          report.members.map((m) => m.person),
        );
        const html = request.query.format === "html";
        reply
          .type(html ? "text/html; charset=utf-8" : "application/json; charset=utf-8")
          .header(
            "content-disposition",
            `attachment; filename="briefing-${name}.${html ? "html" : "json"}"`,
          );
        return html ? briefingHtml(briefing) : briefing;
      }),
  );
}
