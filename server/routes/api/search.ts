/** Search by name (fuzzy), phone number (any written form), plate or id. */
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { Strict, errors } from "../../schemas/common.ts";
import { SearchHit } from "../../schemas/search.ts";
import { personContext } from "../../services/describe.ts";
import type { LevelView } from "../../services/world.ts";
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
      const view = await viewOf(request);
      return { hits: hits.map((hit) => (hit.type === "person" ? withPerson(view, hit) : hit)) };
    },
  );
}

/** A person hit with what tells them apart from namesakes: birth year, nationality, network, rank. */
function withPerson<T extends { id: string; label: string }>(view: LevelView, hit: T) {
  const card = view.cards.get(hit.id);
  if (!card) return hit;
  const { birth_date, nationality } = card;
  const { network, targetRank } = personContext(view, hit.id, hit.label);
  return {
    ...hit,
    person: {
      ...(typeof birth_date === "string" && { born: birth_date.slice(0, 4) }),
      ...(typeof nationality === "string" && { nationality }),
      ...(network !== undefined && { network }),
      ...(targetRank !== undefined && { targetRank }),
    },
  };
}
