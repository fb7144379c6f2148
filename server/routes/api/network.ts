/** The network as a whole (or as communities above the node limit), shortest paths and the map layer. */
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { CrimeType, EntityId, Strict, errors } from "../../schemas/common.ts";
import { GraphJson, PathsResult } from "../../schemas/graph.ts";
import { MapLayer } from "../../schemas/map.ts";
import { overview } from "../../services/overview.ts";
import { shortestPaths } from "../../services/paths.ts";
import { ApiError, disclosed, noSuchEntity, viewOf } from "./caller.ts";

const OverviewQuery = Strict({
  maxNodes: Type.Integer({ minimum: 1, maximum: 20_000, default: 10_000 }),
  community: Type.Optional(Type.Integer({ minimum: 0 })),
  folded: Type.Optional(Type.Union([CrimeType, Type.Literal("none")])),
});

const PathsQuery = Strict({
  from: EntityId,
  to: EntityId,
  maxLength: Type.Integer({ minimum: 1, maximum: 8, default: 6 }),
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 5 }),
});

export default async function network(app: FastifyInstance) {
  app.get<{ Querystring: Static<typeof OverviewQuery> }>(
    "/overview",
    {
      config: { access: "analyst", audit: "view" },
      schema: {
        summary:
          "The person network up to maxNodes persons; above, communities as super-nodes (drill down with ?community=ID, or ?folded=CRIME into the small communities an other node holds)",
        tags: ["network"],
        querystring: OverviewQuery,
        response: { 200: GraphJson, ...errors(400, 404) },
      },
    },
    async (request) => {
      const view = await viewOf(request);
      const { maxNodes, community, folded } = request.query;
      if (community !== undefined && folded !== undefined)
        throw new ApiError(400, "give community or folded, not both");
      if (community !== undefined && !view.community.has(community))
        throw new ApiError(404, "no such community");
      const drill =
        community !== undefined ? { community } : folded !== undefined ? { folded } : undefined;
      const graph = overview(view, maxNodes, drill);
      disclosed(
        request,
        graph.nodes.map((node) => node.key),
      );
      return graph;
    },
  );

  app.get<{ Querystring: Static<typeof PathsQuery> }>(
    "/paths",
    {
      config: { access: "analyst", audit: "view" },
      schema: {
        summary:
          "Shortest paths between two entities (links in either direction): sorted, then cut at the limit, with a count of all",
        tags: ["network"],
        querystring: PathsQuery,
        response: { 200: PathsResult, ...errors(404) },
      },
    },
    async (request) => {
      const view = await viewOf(request);
      const { from, to, maxLength, limit } = request.query;
      const result = await shortestPaths(request, view, from, to, maxLength, limit);
      if (!result) throw noSuchEntity();
      disclosed(request, new Set(result.paths.flat()));
      return result;
    },
  );

  app.get(
    "/map",
    {
      config: { access: "analyst", audit: "view" },
      schema: {
        summary:
          "Locations with coordinates and their sighting counts, routes as chains of those locations",
        tags: ["network"],
        response: { 200: MapLayer, ...errors() },
      },
    },
    async (request) => {
      const layer = (await viewOf(request)).map;
      disclosed(request, [
        ...layer.locations.map((location) => location.id),
        ...layer.routes.map((route) => route.id),
      ]);
      return layer;
    },
  );
}
