/**
 * Login: the user's name and API token in, a session token (8 hours) out.
 * The API token itself also works as a bearer token, for scripts.
 */
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { Strict, errors } from "../../schemas/common.ts";
import { Session, UserSchema } from "../../schemas/session.ts";
import { ApiError } from "./caller.ts";

const LoginBody = Strict({
  name: Type.String({ minLength: 1, maxLength: 64 }),
  token: Type.String({ minLength: 10, maxLength: 200 }),
});

export default async function login(app: FastifyInstance) {
  app.post<{ Body: Static<typeof LoginBody> }>(
    "/login",
    {
      // Slows down guessing; 256-bit tokens make it hopeless anyway.
      config: { public: true, rateLimit: { max: 10, timeWindow: 60_000 } },
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
      const user = await app.users.authenticate(request.body.token);
      if (!user || user.name !== request.body.name)
        throw new ApiError(401, "name and token do not match");
      return { ...app.sessions.open(user), user };
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
