import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";

export default async function health(app: FastifyInstance) {
  app.get(
    "/health",
    {
      config: { public: true },
      schema: {
        summary: "Liveness check; needs no token",
        tags: ["system"],
        security: [],
        response: { 200: Type.Object({ status: Type.Literal("ok") }) },
      },
    },
    async () => ({ status: "ok" as const }),
  );
}
