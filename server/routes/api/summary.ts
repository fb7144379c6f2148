import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { Classification, errors } from "../../schemas/common.ts";
import { viewOf } from "./caller.ts";

const Counts = Type.Record(Type.String(), Type.Integer());

export default async function summary(app: FastifyInstance) {
  app.get(
    "/summary",
    {
      config: { access: "viewer", audit: "view" },
      schema: {
        summary: "Counts and analysis summary at the caller's clearance",
        tags: ["analysis"],
        response: {
          200: Type.Object({
            clearance: Classification,
            entities: Counts,
            links: Counts,
            analysis: Type.Object({
              persons: Type.Integer(),
              entities: Type.Integer(),
              links: Type.Integer(),
              communities: Type.Integer(),
              modularity: Type.Number(),
            }),
            parameters: Type.Record(Type.String(), Type.Unknown()),
          }),
          ...errors(),
        },
      },
    },
    async (request) => {
      const view = await viewOf(request);
      return {
        clearance: request.user!.clearance,
        ...view.counts,
        analysis: view.analysis.summary,
        parameters: view.analysis.parameters,
      };
    },
  );
}
