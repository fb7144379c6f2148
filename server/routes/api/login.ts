/**
 * Login: the user's name and API token in, a session token (8 hours) out.
 * The API token itself also works as a bearer token, for scripts. Attempts
 * are limited per client address and failures per user name (neither is a
 * header the caller may vary), and every attempt is an audit line.
 */
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { Strict, errors } from "../../schemas/common.ts";
import { Session, UserSchema } from "../../schemas/session.ts";
import { AttemptLimiter } from "../../services/attempt-limiter.ts";
import { ApiError } from "./caller.ts";

/** Login attempts per client address, and failed ones per user name, per minute. */
export const LOGIN_LIMITS = { perAddress: 10, failuresPerName: 10 };

const LoginBody = Strict({
  name: Type.String({ minLength: 1, maxLength: 64 }),
  token: Type.String({ minLength: 10, maxLength: 200 }),
});

export default async function login(app: FastifyInstance) {
  const byAddress = new AttemptLimiter(LOGIN_LIMITS.perAddress);
  const failuresByName = new AttemptLimiter(LOGIN_LIMITS.failuresPerName);
  app.post<{ Body: Static<typeof LoginBody> }>(
    "/login",
    {
      config: { public: true },
      schema: {
        summary: "Exchange a user name and API token for a session token",
        tags: ["auth"],
        security: [],
        body: LoginBody,
        response: {
          200: Session,
          ...errors(),
        },
      },
    },
    async (request) => {
      const { name, token } = request.body;
      const attempt = (status: number) =>
        app.audit.append({
          user: name,
          action: "login",
          route: "POST /api/login",
          status,
          ip: request.ip,
        });
      if (byAddress.exhausted(request.ip) || failuresByName.exhausted(name)) {
        await attempt(429);
        throw new ApiError(429, "too many login attempts; wait a minute");
      }
      byAddress.count(request.ip);
      const credential = await app.users.authenticate(token);
      if (!credential || credential.user.name !== name) {
        failuresByName.count(name);
        await attempt(401);
        throw new ApiError(401, "name and token do not match");
      }
      await attempt(200);
      return { ...app.sessions.open(credential.tokenHash), user: credential.user };
    },
  );

  app.get(
    "/me",
    {
      config: { access: "viewer" },
      schema: {
        summary: "The caller: name, role and clearance",
        tags: ["auth"],
        response: { 200: UserSchema, ...errors() },
      },
    },
    async (request) => request.user!,
  );
}
