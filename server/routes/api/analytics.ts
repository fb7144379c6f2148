/**
 * The engine's analytics, listed and run through their descriptors: the same
 * list, parameters and defaults as `crosslink analyze --help`, and one route
 * per analytic whose body is that analytic's parameters (schema from the
 * engine's declaration). Each runs on the caller's clearance view, so nothing
 * above it goes in or comes out, in a worker thread so that the server keeps
 * answering meanwhile.
 */
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import {
  ANALYTICS,
  OptionError,
  parameterList,
  type AnalyticDescriptor,
} from "../../../engine/analytics/index.ts";
import type { Role } from "../../../engine/access/index.ts";
import { AnalyticInfo, AnalyticRun, parametersSchema } from "../../schemas/analytics.ts";
import { errors } from "../../schemas/common.ts";
import { workerRunAnalytic } from "../../services/worker-analyzer.ts";
import { ApiError, disclosed, viewOf } from "./caller.ts";

/** Who may run each: rankings and arrest simulations are for the task force, as /api/disruption. */
const ACCESS: Record<string, Role> = {
  "person-network": "analyst",
  communities: "analyst",
  centrality: "analyst",
  disruption: "taskforce",
  analysis: "taskforce",
};

/** The entity ids a result discloses, for the audit line. */
function idsIn(id: string, result: unknown): string[] {
  const output = result as Record<string, unknown>;
  switch (id) {
    case "communities":
      return Object.keys(output.communities as object);
    case "centrality":
      return Object.keys(output.degree as object);
    case "disruption":
      return (output.steps as { removed: string[] }[]).flatMap((step) => step.removed);
    case "analysis":
      return (output.targets as { id: string }[]).map((target) => target.id);
    default:
      return [];
  }
}

export default async function analytics(app: FastifyInstance) {
  app.get(
    "/analytics",
    {
      config: { access: "analyst", audit: "view" },
      schema: {
        summary: "The analytics, with their parameters and defaults",
        tags: ["analysis"],
        response: { 200: Type.Object({ analytics: Type.Array(AnalyticInfo) }), ...errors() },
      },
    },
    async () => ({
      analytics: ANALYTICS.map((analytic) => ({
        id: analytic.id,
        title: analytic.title,
        description: analytic.description,
        parameters: parameterList(analytic.parameters),
        outputs: [...analytic.outputs],
      })),
    }),
  );

  for (const analytic of ANALYTICS) runRoute(app, analytic);
}

function runRoute(app: FastifyInstance, analytic: AnalyticDescriptor) {
  app.post<{ Body: Record<string, unknown> }>(
    `/analytics/${analytic.id}`,
    {
      config: { access: ACCESS[analytic.id] ?? "admin", audit: "view" },
      schema: {
        summary: `Run: ${analytic.title}`,
        description: `${analytic.description} Runs on what the caller's clearance shows; the body holds the parameters to change (GET /api/analytics lists them).`,
        tags: ["analysis"],
        body: parametersSchema(analytic.parameters),
        response: { 200: AnalyticRun, ...errors() },
      },
    },
    async (request) => {
      const view = await viewOf(request);
      let result: unknown;
      try {
        // Off the event loop: an analysis of a large view takes minutes.
        const graph = await request.server.world.wholeGraph(view.level);
        result = await workerRunAnalytic(graph, analytic.id, request.body ?? {});
      } catch (error) {
        // The body's schema checks each value; what is left is a rule across values.
        if (error instanceof OptionError) throw new ApiError(400, error.message);
        throw error;
      }
      disclosed(request, idsIn(analytic.id, result));
      return { id: analytic.id, result };
    },
  );
}
