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
  }),
]);
