/** One entity in detail, and its ego network as graph JSON. */
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { CrimeType, EntityId, IsoDate, Strict, errors } from "../../schemas/common.ts";
import { EntityDetail } from "../../schemas/entity.ts";
import { GraphJson } from "../../schemas/graph.ts";
import { egoNetwork } from "../../services/ego-network.ts";
import { entityDetail } from "../../../engine/export/index.ts";
import { disclosed, noSuchEntity, viewOf } from "./caller.ts";

const Params = Strict({ id: EntityId });

const NetworkQuery = Strict({
  depth: Type.Integer({ minimum: 1, maximum: 4, default: 1 }),
  limit: Type.Integer({ minimum: 1, maximum: 5000, default: 500 }),
  types: Type.Optional(
    Type.Array(Type.String({ maxLength: 40 }), { maxItems: 10, uniqueItems: true }),
  ),
  crimeType: Type.Optional(CrimeType),
  community: Type.Optional(Type.Integer({ minimum: 0 })),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
});

export default async function entities(app: FastifyInstance) {
  app.get<{ Params: Static<typeof Params> }>(
    "/entities/:id",
    {
      config: { access: "viewer", audit: "view" },
      schema: {
        summary:
          "An entity: properties, provenance, classification, handling code, scores, crime links, ties with evidence, links",
        tags: ["entities"],
        params: Params,
        response: { 200: EntityDetail, ...errors(404) },
      },
    },
    async (request) => {
      const view = await viewOf(request);
      const source = { ...view, store: request.server.store, caller: request.user! };
      const detail = await entityDetail(source, request.params.id);
      if (!detail) throw noSuchEntity();
      disclosed(request, [detail.id, ...detail.ties.map((tie) => tie.other.id)]);
      return detail;
    },
  );

  app.get<{ Params: Static<typeof Params>; Querystring: Static<typeof NetworkQuery> }>(
    "/entities/:id/network",
    {
      config: { access: "viewer", audit: "view" },
      schema: {
        summary:
          "Ego network as graphology JSON (sigma's graph.import() loads it); filters by entity type, crime type, community and link date",
        tags: ["entities"],
        params: Params,
        querystring: NetworkQuery,
        response: { 200: GraphJson, ...errors(404) },
      },
    },
    async (request) => {
      const view = await viewOf(request);
      const graph = await egoNetwork(request, view, request.params.id, request.query);
      if (!graph) throw noSuchEntity();
      disclosed(
        request,
        graph.nodes.map((node) => node.key),
      );
      return graph;
    },
  );
}
