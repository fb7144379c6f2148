/**
 * Who is calling and may they: the bearer token is a session token from
 * /api/login or the user's API token itself (for scripts). Routes declare the
 * least role they need in `config.access`; a route that declares nothing is
 * for admins only, so forgetting a declaration fails closed.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { roleAllows } from "../../engine/access/index.ts";

const deny = (reply: FastifyReply, status: 401 | 403, message: string) => {
  if (status === 401) reply.header("www-authenticate", 'Bearer realm="crosslink"');
  return reply.code(status).send({
    statusCode: status,
    error: status === 401 ? "Unauthorized" : "Forbidden",
    message,
  });
};

export default fp(
  async (app) => {
    app.decorateRequest("user", null);
    app.decorateRequest("auditIds", null);
    app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
      const config = request.routeOptions.config;
      // Only the API's own routes are guarded here; docs and the viewer's files hold no data.
      if (!request.routeOptions.url?.startsWith("/api/") || config.public) return;
      if (request.routeOptions.url.startsWith("/api/docs")) return;
      const match = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(request.headers.authorization ?? "");
      if (!match) return deny(reply, 401, "send Authorization: Bearer <token>");
      const token = match[1]!;
      const user = app.sessions.find(token) ?? (await app.users.authenticate(token));
      if (!user) return deny(reply, 401, "unknown or expired token");
      request.user = user;
      const needed = config.access ?? "admin";
      if (!roleAllows(user.role, needed))
        return deny(reply, 403, `this needs the ${needed} role; you are ${user.role}`);
    });
  },
  { name: "auth", dependencies: ["services"] },
);
