/**
 * Who is calling and may they: the bearer token is a session token from
 * /api/login or the user's API token itself (for scripts). Either way the
 * user is read from the users file as it is now, so removal, rotation or a
 * new role or clearance applies to the very next request. Routes declare the
 * least role they need in `config.access`; a route that declares nothing is
 * for admins only, so forgetting a declaration fails closed. Every refusal is
 * an audit line; a client address that keeps failing gets 429 (and one line
 * saying so) instead of an answer.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { roleAllows, type User } from "../../engine/access/index.ts";
import { AttemptLimiter } from "../services/attempt-limiter.ts";

/** Failed authentications per client address per minute before 429. */
export const FAILED_AUTH_PER_MINUTE = 100;

export default fp(
  async (app) => {
    const failures = new AttemptLimiter(FAILED_AUTH_PER_MINUTE);
    app.decorateRequest("user", null);
    app.decorateRequest("auditIds", null);

    const deny = async (
      request: FastifyRequest,
      reply: FastifyReply,
      status: 401 | 403 | 429,
      message: string,
      audited = true,
    ) => {
      if (audited)
        await app.audit.append({
          user: request.user?.name ?? UNKNOWN_CALLER,
          action: "refused",
          route: `${request.method} ${request.routeOptions.url}`,
          status,
          ip: request.ip,
        });
      if (status === 401) reply.header("www-authenticate", 'Bearer realm="crosslink"');
      return reply.code(status).send({ statusCode: status, error: ERRORS[status], message });
    };

    app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
      const config = request.routeOptions.config;
      // Only the API's own routes are guarded here; docs and the viewer's files hold no data.
      if (!request.routeOptions.url?.startsWith("/api/") || config.public) return;
      if (request.routeOptions.url.startsWith("/api/docs")) return;
      if (failures.exhausted(request.ip)) {
        // One line says the address was stopped; the flood after it is not written.
        const first = failures.count(request.ip) === failures.max + 1;
        return deny(request, reply, 429, "too many failed authentications; wait a minute", first);
      }
      const user = await caller(request.headers.authorization);
      if (!user) {
        failures.count(request.ip);
        return deny(request, reply, 401, "send Authorization: Bearer <token> (unknown or expired)");
      }
      request.user = user;
      const needed = config.access ?? "admin";
      if (!roleAllows(user.role, needed))
        return deny(request, reply, 403, `this needs the ${needed} role; you are ${user.role}`);
    });

    async function caller(authorization: string | undefined): Promise<User | undefined> {
      const match = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(authorization ?? "");
      if (!match) return undefined;
      const apiTokenHash = app.sessions.find(match[1]!);
      if (apiTokenHash) return app.users.current(apiTokenHash);
      return (await app.users.authenticate(match[1]!))?.user;
    }
  },
  { name: "auth", dependencies: ["services"] },
);

/** Not a valid user name (users.ts), so it never stands for a real user in the log. */
export const UNKNOWN_CALLER = "(unknown)";

const ERRORS = { 401: "Unauthorized", 403: "Forbidden", 429: "Too Many Requests" } as const;
