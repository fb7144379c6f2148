/** Search by name (fuzzy), phone number (any written form), plate or id. */
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { Strict, errors } from "../../schemas/common.ts";
import { SearchHit } from "../../schemas/search.ts";
import { disclosed } from "./caller.ts";

const SearchQuery = Strict({
  q: Type.String({ minLength: 1, maxLength: 200 }),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  types: Type.Optional(
    Type.Array(Type.String({ maxLength: 40 }), { maxItems: 10, uniqueItems: true }),
  ),
});

export default async function search(app: FastifyInstance) {
  app.get<{ Querystring: Static<typeof SearchQuery> }>(
    "/search",
    {
      config: { access: "viewer", audit: "search" },
      schema: {
        summary: "Find entities by name (fuzzy), phone (any written form), plate or id",
        tags: ["search"],
        querystring: SearchQuery,
        response: { 200: Type.Object({ hits: Type.Array(SearchHit) }), ...errors() },
      },
    },
    async (request) => {
      const { q, limit, types } = request.query;
      const hits = await request.server.store.search(q, {
        clearance: request.user!.clearance,
        limit,
        ...(types && { types }),
      });
      disclosed(
        request,
        hits.map((hit) => hit.id),
      );
      return { hits };
    },
  );
}
