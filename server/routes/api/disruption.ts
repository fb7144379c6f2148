/** Disruption simulation: post a set of persons or a strategy, get the largest-component curve. */
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { EntityId, Strict, errors } from "../../schemas/common.ts";
import { STRATEGIES, UnknownIdsError, disrupt } from "../../services/disruption.ts";
import { ApiError, disclosed, viewOf } from "./caller.ts";

const DisruptionBody = Strict({
  strategy: Type.Union(
    STRATEGIES.map((name) => Type.Literal(name)),
    {
      description:
        "ids: remove the given persons in order; degree or target-score: the top of that ranking",
    },
  ),
  ids: Type.Optional(Type.Array(EntityId, { maxItems: 1000 })),
  steps: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  mode: Type.Optional(Type.Union([Type.Literal("sequential"), Type.Literal("block")])),
  blockSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
});

const Step = Type.Object({
  step: Type.Integer(),
  removed: Type.Array(Type.String()),
  lcc: Type.Integer(),
  lccFraction: Type.Number(),
  components: Type.Integer(),
  fragmentation: Type.Number(),
});

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
          200: Type.Object({
            strategy: Type.String(),
            mode: Type.String(),
            perStep: Type.Integer(),
            lcc0: Type.Integer(),
            steps: Type.Array(Step),
          }),
          ...errors(),
        },
      },
    },
    async (request) => {
      const view = await viewOf(request);
      try {
        const result = disrupt(view, request.body);
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
