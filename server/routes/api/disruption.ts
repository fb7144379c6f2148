/** Disruption simulation: post a set of persons or a strategy, get the largest-component curve. */
import type { Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { errors } from "../../schemas/common.ts";
import { DisruptionBody, DisruptionResult } from "../../schemas/disruption.ts";
import { UnknownIdsError, disrupt } from "../../services/disruption.ts";
import { ApiError, disclosed, viewOf } from "./caller.ts";

export default async function disruption(app: FastifyInstance) {
  app.post<{ Body: Static<typeof DisruptionBody> }>(
    "/disruption",
    {
      config: { access: "taskforce", audit: "view" },
      schema: {
        summary: "Simulate removing persons; the curve of the largest connected component",
        tags: ["analysis"],
        body: DisruptionBody,
        response: {
          200: DisruptionResult,
          ...errors(),
        },
      },
    },
    async (request) => {
      const view = await viewOf(request);
      try {
        const result = await disrupt(view, request.body);
        disclosed(
          request,
          result.steps.flatMap((step) => step.removed),
        );
        return result;
      } catch (error) {
        if (error instanceof UnknownIdsError) throw new ApiError(400, error.message);
        throw error;
      }
    },
  );
}
