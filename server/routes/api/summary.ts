import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { AnalysisParametersSchema, AnalysisSummary } from "../../schemas/analysis.ts";
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
            analysis: AnalysisSummary,
            parameters: AnalysisParametersSchema,
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
