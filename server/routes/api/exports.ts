/**
 * Target package export: the dossier of one person as the caller may see it,
 * built from the caller's clearance view, and written to the audit log as an
 * export. `format=json` sends package.json, `format=html` the self-contained
 * index.html, both as downloads (the dossier's inline styles are its own CSP's
 * business, not the API's).
 */
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { renderTargetPackages, shownTargets, targetCsv } from "../../../engine/export/index.ts";
import { TargetTableFields, targetTable } from "../../schemas/analysis.ts";
import { Classification, EntityId, Strict, errors } from "../../schemas/common.ts";
import { ApiError, disclosed, requireEntities, requireEntity, viewOf } from "./caller.ts";

const Params = Strict({ id: EntityId });
const Query = Strict({
  format: Type.Optional(
    Type.Union([Type.Literal("json"), Type.Literal("html")], { default: "json" }),
  ),
});

/** package.json (engine/export/dossier/contents.ts, TargetDossier): its head, and the rest as it is. */
const DossierJson = Type.Object(
  {
    format: Type.String(),
    classification: Classification,
    handlingCodes: Type.Array(Type.String()),
    person: Type.Object({ id: Type.String() }, { additionalProperties: true }),
    provenance: Type.Object({}, { additionalProperties: true }),
  },
  { additionalProperties: true, description: "the target package (TargetDossier)" },
);

/** Most rows of a target CSV given by id; a table's filters may keep any number. */
const CSV_ROWS = 1000;
const CsvBody = Strict({
  ids: Type.Optional(
    Type.Array(EntityId, {
      minItems: 1,
      maxItems: CSV_ROWS,
      description: "the targets to write, in the order of the rows",
    }),
  ),
  ...TargetTableFields,
});

const FILE_OF = { json: "package.json", html: "index.html" } as const;
const TYPE_OF = {
  json: "application/json; charset=utf-8",
  html: "text/html; charset=utf-8",
} as const;

export default async function exports(app: FastifyInstance) {
  targetsCsv(app);
  app.get<{ Params: Static<typeof Params>; Querystring: Static<typeof Query> }>(
    "/targets/:id/package",
    {
      config: { access: "taskforce", audit: "export" },
      schema: {
        summary: "The target package (dossier) of one person, at the caller's clearance",
        tags: ["exports"],
        params: Params,
        querystring: Query,
        response: {
          200: {
            description:
              "the package as a download: package.json (format=json) or index.html (format=html)",
            content: {
              "application/json": { schema: DossierJson },
              "text/html": { schema: Type.String({ description: "the self-contained dossier" }) },
            },
          },
          ...errors(404),
        },
      },
    },
    async (request, reply) => {
      const view = await viewOf(request);
      const id = await requireEntity(request, request.params.id);
      const format = request.query.format ?? "json";
      const [rendered] = await renderTargetPackages(
        {
          // The dossier reads the target's records across the view (its phones' other users, sightings...).
          graph: await request.server.world.wholeGraph(request.user!.clearance),
          ...(await view.read("analysis", "network")),
          targets: [id],
          generatedBy: request.user!.name,
        },
        { formats: [format], pdf: "never" },
      );
      const content = rendered!.files[FILE_OF[format]]!;
      disclosed(request, [id]);
      reply
        .type(TYPE_OF[format])
        .header("content-disposition", attachment(`${id}-${FILE_OF[format]}`));
      return content.toString();
    },
  );
}

/**
 * The targets the viewer shows (its filters and sort order are the caller's),
 * as CSV with each row's classification and handling code and the list's
 * marking as its first and last line, built from the caller's clearance view
 * by the engine's one target list, and audited as an export.
 */
function targetsCsv(app: FastifyInstance) {
  app.post<{ Body: Static<typeof CsvBody> }>(
    "/targets/csv",
    {
      config: { access: "taskforce", audit: "export" },
      schema: {
        summary:
          "Targets as CSV, the ids given in their order, else every row a table's filters keep in its sort: rank, network, crime types, roles, score, reasons, classification and handling code per row, the marking first and last",
        tags: ["exports"],
        body: CsvBody,
        response: {
          200: {
            description: "the CSV, as a download",
            content: { "text/csv": { schema: Type.String({ description: "TARGET_COLUMNS" }) } },
          },
          ...errors(404),
        },
      },
    },
    async (request, reply) => {
      const view = await viewOf(request);
      const { ids, ...table } = request.body;
      const { targets } = await view.read("targets");
      const listed = new Map(targets.map((target) => [target.id, target]));
      if (ids) await requireEntities(request, ids);
      const { filter, sort } = targetTable(table);
      const rows =
        ids?.map((id) => {
          const target = listed.get(id);
          if (!target) throw new ApiError(404, `${id} is not among the targets`);
          return target;
        }) ?? shownTargets(targets, filter, sort);
      disclosed(
        request,
        rows.map((row) => row.id),
      );
      reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", attachment("targets.csv"));
      return targetCsv(rows);
    },
  );
}

/**
 * An id may hold quotes or letters outside Latin-1, which a header cannot
 * carry as they are: a plain ASCII name for old clients and the exact name
 * percent-encoded (RFC 6266) for the rest.
 */
const attachment = (name: string): string =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`;
