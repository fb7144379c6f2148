/** The analysis results: communities, targets, crime overlaps and money flows. */
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { EntityId, NodeSummary, Strict, errors } from "../../schemas/common.ts";
import { CommunitySummary, TargetEntry } from "../../schemas/analysis.ts";
import { nodeSummary } from "../../services/describe.ts";
import { ApiError, disclosed, requireEntity, viewOf } from "./caller.ts";

const Limit = (fallback: number, maximum: number) =>
  Type.Integer({ minimum: 1, maximum, default: fallback });

const CommunityParams = Strict({ id: Type.Integer({ minimum: 0 }) });
const TargetsQuery = Strict({ limit: Limit(50, 1000) });
const FlowsQuery = Strict({ limit: Limit(100, 5000), entity: Type.Optional(EntityId) });

export default async function analysis(app: FastifyInstance) {
  app.get(
    "/communities",
    {
      config: { access: "analyst", audit: "view" },
      schema: {
        summary: "Communities with size and crime mix (persons per crime type)",
        tags: ["analysis"],
        response: {
          200: Type.Object({ communities: Type.Array(CommunitySummary) }),
          ...errors(),
        },
      },
    },
    async (request) => {
      const view = await viewOf(request);
      return {
        communities: view.analysis.communities.map((community) => ({
          id: community.id,
          name: community.name,
          size: community.members.length,
          crimeTypes: community.crimeTypes,
        })),
      };
    },
  );

  app.get<{ Params: Static<typeof CommunityParams> }>(
    "/communities/:id",
    {
      config: { access: "analyst", audit: "view" },
      schema: {
        summary: "One community and its members",
        tags: ["analysis"],
        params: CommunityParams,
        response: {
          200: Type.Composite([
            CommunitySummary,
            Type.Object({ members: Type.Array(NodeSummary) }),
          ]),
          ...errors(404),
        },
      },
    },
    async (request) => {
      const view = await viewOf(request);
      const community = view.analysis.communities.find((c) => c.id === request.params.id);
      if (!community) throw new ApiError(404, "no such community");
      disclosed(request, community.members);
      return {
        id: community.id,
        name: community.name,
        size: community.members.length,
        crimeTypes: community.crimeTypes,
        members: community.members.map((id) => nodeSummary(view, id)),
      };
    },
  );

  app.get<{ Querystring: Static<typeof TargetsQuery> }>(
    "/targets",
    {
      config: { access: "taskforce", audit: "view" },
      schema: {
        summary: "Ranked targets with the reasons for their score",
        tags: ["analysis"],
        querystring: TargetsQuery,
        response: {
          200: Type.Object({
            targets: Type.Array(TargetEntry),
          }),
          ...errors(),
        },
      },
    },
    async (request) => {
      const view = await viewOf(request);
      const targets = view.analysis.targets.slice(0, request.query.limit).map((target) => ({
        ...nodeSummary(view, target.id),
        rank: target.rank,
        score: target.score,
        ...(view.person.has(target.id) && { community: view.person.get(target.id)!.community }),
        crimeTypes: view.person.get(target.id)?.crimeTypes ?? [],
        reasons: target.reasons,
      }));
      disclosed(
        request,
        targets.map((target) => target.id),
      );
      return { targets };
    },
  );

  app.get(
    "/crime-overlaps",
    {
      config: { access: "analyst", audit: "view" },
      schema: {
        summary:
          "Crime-overlap table: persons[i][j] persons linked to both crime types i and j (diagonal: to type i)",
        tags: ["analysis"],
        response: {
          200: Type.Object({
            crimeTypes: Type.Array(Type.String()),
            persons: Type.Array(Type.Array(Type.Integer())),
          }),
          ...errors(),
        },
      },
    },
    async (request) => (await viewOf(request)).analysis.crimeOverlap,
  );

  app.get<{ Querystring: Static<typeof FlowsQuery> }>(
    "/money-flows",
    {
      config: { access: "analyst", audit: "view" },
      schema: {
        summary: "Money flows between persons and organisations, largest first",
        tags: ["analysis"],
        querystring: FlowsQuery,
        response: {
          200: Type.Object({
            flows: Type.Array(
              Type.Object({
                from: NodeSummary,
                to: NodeSummary,
                currency: Type.String(),
                amount: Type.Number(),
                count: Type.Integer(),
                first: Type.Optional(Type.String()),
                last: Type.Optional(Type.String()),
                transfers: Type.Array(Type.String()),
              }),
            ),
          }),
          ...errors(404),
        },
      },
    },
    async (request) => {
      const view = await viewOf(request);
      const { limit, entity } = request.query;
      if (entity !== undefined) requireEntity(view, entity);
      const flows = view.analysis.moneyFlows
        .filter((flow) => entity === undefined || flow.from === entity || flow.to === entity)
        .slice(0, limit)
        .map((flow) => ({
          ...flow,
          from: nodeSummary(view, flow.from),
          to: nodeSummary(view, flow.to),
        }));
      disclosed(request, new Set(flows.flatMap((flow) => [flow.from.id, flow.to.id])));
      return { flows };
    },
  );
}
