/** The front-line cross-check: a batch of selectors, per selector its hits with network context. */
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { NodeSummary, PersonContext, Strict, errors } from "../../schemas/common.ts";
import { crossCheck } from "../../services/cross-check.ts";
import { disclosed, viewOf } from "./caller.ts";

const Kind = Type.Union([
  Type.Literal("phone"),
  Type.Literal("plate"),
  Type.Literal("name"),
  Type.Literal("auto"),
]);

const CrossCheckBody = Strict({
  selectors: Type.Array(
    Strict({
      value: Type.String({ minLength: 1, maxLength: 200 }),
      kind: Type.Optional(Kind),
    }),
    { minItems: 1, maxItems: 1000 },
  ),
});

export default async function crossCheckRoute(app: FastifyInstance) {
  app.post<{ Body: Static<typeof CrossCheckBody> }>(
    "/cross-check",
    {
      config: { access: "viewer", audit: "search" },
      schema: {
        summary:
          "Check phones (any written form), plates and names; per selector the hits with community, target rank and crime types",
        tags: ["search"],
        body: CrossCheckBody,
        response: {
          200: Type.Object({
            results: Type.Array(
              Type.Object({
                value: Type.String(),
                kind: Type.Union([
                  Type.Literal("phone"),
                  Type.Literal("plate"),
                  Type.Literal("name"),
                ]),
                hits: Type.Array(
                  Type.Composite([
                    NodeSummary,
                    Type.Object({
                      match: Type.String(),
                      score: Type.Number(),
                      context: Type.Array(PersonContext),
                    }),
                  ]),
                ),
              }),
            ),
          }),
          ...errors(),
        },
      },
    },
    async (request) => {
      const view = await viewOf(request);
      const results = await crossCheck(request, view, request.body.selectors);
      disclosed(
        request,
        results.flatMap((result) => result.hits.map((hit) => hit.id)),
      );
      return { results };
    },
  );
}
