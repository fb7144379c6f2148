/**
 * Writes an audit line for every request to a route that discloses records
 * (search, view, export): who, when, which route, what was asked and which
 * ids were shown. The response waits for its line to be on disk; when the log
 * cannot be written, the data is not sent.
 */
import fp from "fastify-plugin";

export default fp(
  async (app) => {
    app.addHook("onSend", async (request, reply, payload) => {
      const action = request.routeOptions.config.audit;
      if (!action || !request.user) return payload;
      const asked = {
        ...(request.params as object),
        ...(request.query as object),
        ...(request.body !== undefined && { body: request.body }),
      };
      await app.audit.append({
        user: request.user.name,
        action,
        route: `${request.method} ${request.routeOptions.url}`,
        status: reply.statusCode,
        query: asked,
        ...(request.auditIds && { ids: request.auditIds }),
      });
      return payload;
    });
  },
  { name: "audit", dependencies: ["services"] },
);
