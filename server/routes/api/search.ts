/** Search by name (fuzzy), phone number (any written form), plate or id. */
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { Strict, errors } from "../../schemas/common.ts";
import { SearchHit } from "../../schemas/search.ts";
import { nodeSummary } from "../../services/describe.ts";
import { disclosed, viewOf } from "./caller.ts";

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
      const view = await viewOf(request);
      const { q, limit, types } = request.query;
      // Ask for more when filtering by type, so the filter does not starve the list.
      const found = view.lookup.search(q, types ? limit * 5 : limit);
      const hits = found
        .map((hit) => ({ ...nodeSummary(view, hit.id), match: hit.match, score: hit.score }))
        .filter((hit) => !types || types.includes(hit.type))
        .slice(0, limit);
      disclosed(
        request,
        hits.map((hit) => hit.id),
      );
      return { hits };
    },
  );
}
