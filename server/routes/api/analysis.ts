/**
 * The analysis results: communities, targets, crime overlaps and money flows,
 * each a projection of the engine's Analysis of the caller's clearance view
 * (the response schemas keep the fields they name).
 */
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { shownTargets, targetFacets } from "../../../engine/export/index.ts";
import { EntityId, NodeSummary, Strict, errors } from "../../schemas/common.ts";
import {
  CommunityMoneyFlow,
  CommunitySummary,
  CrimeOverlap,
  MoneyFlow,
  TargetsPage,
  TargetTableFields,
  targetTable,
} from "../../schemas/analysis.ts";
import { nodeSummary } from "../../services/describe.ts";
import { ApiError, disclosed, requireEntity, viewOf } from "./caller.ts";

const Limit = (fallback: number, maximum: number) =>
  Type.Integer({ minimum: 1, maximum, default: fallback });

const CommunityParams = Strict({ id: Type.Integer({ minimum: 0 }) });
const TargetsQuery = Strict({
  limit: Limit(50, 1000),
  offset: Type.Integer({ minimum: 0, default: 0, description: "rows to skip: the page's start" }),
  ...TargetTableFields,
});
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
    async (request) => ({ communities: (await viewOf(request)).analysis.communities }),
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
      return { ...community, members: community.members.map((id) => nodeSummary(view, id)) };
    },
  );

  app.get<{ Querystring: Static<typeof TargetsQuery> }>(
    "/targets",
    {
      config: { access: "taskforce", audit: "view" },
      schema: {
        summary:
          "Every person ranked as a target, a page at a time: filtered by crime type, network, role, rank and score, sorted by any column; the top the analysis explains carry their reasons",
        tags: ["analysis"],
        querystring: TargetsQuery,
        response: {
          200: TargetsPage,
          ...errors(),
        },
      },
    },
    async (request) => {
      const view = await viewOf(request);
      const { limit, offset, ...table } = request.query;
      const { filter, sort } = targetTable(table);
      const { targets: all } = await view.read("targets");
      const shown = shownTargets(all, filter, sort);
      const targets = shown.slice(offset, offset + limit);
      disclosed(
        request,
        targets.map((target) => target.id),
      );
      return { targets, total: shown.length, ranked: all.length, facets: targetFacets(all) };
    },
  );

  app.get(
    "/crime-overlaps",
    {
      config: { access: "analyst", audit: "view" },
      schema: {
        summary:
          "Crime overlaps: the community × crime-type table, persons per pair of crime types, and the persons who bridge smuggling to other crime",
        tags: ["analysis"],
        response: { 200: CrimeOverlap, ...errors() },
      },
    },
    async (request) => {
      const overlap = (await viewOf(request)).analysis.crimeOverlap;
      disclosed(
        request,
        overlap.bridges.map((bridge) => bridge.id),
      );
      return overlap;
    },
  );

  app.get<{ Querystring: Static<typeof FlowsQuery> }>(
    "/money-flows",
    {
      config: { access: "analyst", audit: "view" },
      schema: {
        summary:
          "Money flows between persons and organisations, and between communities, by currency, largest in euros first",
        tags: ["analysis"],
        querystring: FlowsQuery,
        response: {
          200: Type.Object({
            flows: Type.Array(MoneyFlow),
            communities: Type.Array(CommunityMoneyFlow, {
              description: "who pays whom between communities (all of them)",
            }),
          }),
          ...errors(404),
        },
      },
    },
    async (request) => {
      const view = await viewOf(request);
      const { limit, entity } = request.query;
      if (entity !== undefined) await requireEntity(request, entity);
      const flows = view.analysis.flows.actors
        .filter((flow) => entity === undefined || flow.from === entity || flow.to === entity)
        .slice(0, limit)
        .map((flow) => ({
          ...flow,
          from: nodeSummary(view, flow.from),
          to: nodeSummary(view, flow.to),
        }));
      disclosed(request, new Set(flows.flatMap((flow) => [flow.from.id, flow.to.id])));
      return { flows, communities: view.analysis.flows.between };
    },
  );
}
