/** Administration: the users (never their token hashes) and the audit chain. */
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { Classification, Role, errors } from "../../schemas/common.ts";
import { verifyAuditLog } from "../../../engine/access/index.ts";

export default async function admin(app: FastifyInstance, options: { auditFile: string }) {
  app.get(
    "/admin/users",
    {
      config: { access: "admin", audit: "admin" },
      schema: {
        summary: "Users with role and clearance",
        tags: ["admin"],
        response: {
          200: Type.Object({
            users: Type.Array(
              Type.Object({ name: Type.String(), role: Role, clearance: Classification }),
            ),
          }),
          ...errors(),
        },
      },
    },
    async () => ({ users: app.users.list() }),
  );

  app.get(
    "/admin/audit/verify",
    {
      config: { access: "admin", audit: "admin" },
      schema: {
        summary: "Check the audit log's keyed chain and anchor; names every bad place",
        tags: ["admin"],
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            lines: Type.Integer(),
            badLine: Type.Optional(Type.Integer()),
            problems: Type.Array(Type.Object({ line: Type.Integer(), message: Type.String() })),
            message: Type.String(),
          }),
          ...errors(),
        },
      },
    },
    async () => verifyAuditLog(options.auditFile),
  );
}
