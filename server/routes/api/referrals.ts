/**
 * The referral list for the internet referral unit: every online account the
 * networks the caller may see use, one row each, as JSON or CSV, built by the
 * same engine function as `crosslink referrals --as USER` on the caller's
 * clearance view and its analysis, and written to the audit log as an export.
 */
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { referralCsv, referralList } from "../../../engine/export/index.ts";
import { Strict, errors } from "../../schemas/common.ts";
import { ReferralEntry } from "../../schemas/referrals.ts";
import { disclosed, viewOf } from "./caller.ts";

const Query = Strict({
  format: Type.Optional(
    Type.Union([Type.Literal("json"), Type.Literal("csv")], { default: "json" }),
  ),
});

export default async function referrals(app: FastifyInstance) {
  app.get<{ Querystring: Static<typeof Query> }>(
    "/referrals",
    {
      config: { access: "taskforce", audit: "export" },
      schema: {
        summary:
          "The referral list: online accounts of each network with platform, handle, URL, users, recruiting reach, evidence and handling codes, at the caller's clearance",
        tags: ["exports"],
        querystring: Query,
        response: {
          200: {
            description: "the referral list: JSON (format=json) or CSV (format=csv)",
            content: {
              "application/json": {
                schema: Type.Object({ referrals: Type.Array(ReferralEntry) }),
              },
              "text/csv": {
                schema: Type.String({ description: "one row per account, REFERRAL_COLUMNS" }),
              },
            },
          },
          ...errors(),
        },
      },
    },
    async (request, reply) => {
      const view = await viewOf(request);
      const rows = await referralList({
        ...view,
        // Whole tables of the view: the accounts, every actor, the networks.
        ...(await view.read("analysis", "network", "directed")),
        store: request.server.store,
        caller: request.user!,
      });
      disclosed(
        request,
        rows.flatMap((row) => [row.account, ...row.users.map((user) => user.id)]),
      );
      if (request.query.format === "csv") {
        reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", 'attachment; filename="referrals.csv"');
        return referralCsv(rows);
      }
      return { referrals: rows };
    },
  );
}
