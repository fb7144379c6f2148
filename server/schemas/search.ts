/** A search hit: the entity and how it matched. */
import { Type } from "@sinclair/typebox";
import { NodeSummary } from "./common.ts";

export const SearchHit = Type.Composite([
  NodeSummary,
  Type.Object({
    match: Type.Union([
      Type.Literal("id"),
      Type.Literal("phone"),
      Type.Literal("plate"),
      Type.Literal("name"),
    ]),
    score: Type.Number(),
    person: Type.Optional(
      Type.Object(
        {
          born: Type.Optional(Type.String({ description: "birth year" })),
          nationality: Type.Optional(Type.String()),
          network: Type.Optional(Type.String({ description: "the community's name" })),
          targetRank: Type.Optional(Type.Integer()),
        },
        { description: "what tells a person apart from namesakes" },
      ),
    ),
  }),
]);
