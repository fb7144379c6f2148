/** Analysis results as the routes serve them: communities with their crime mix, ranked targets. */
import { Type } from "@sinclair/typebox";
import { NodeSummary } from "./common.ts";

export const CommunitySummary = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  size: Type.Integer(),
  crimeTypes: Type.Record(Type.String(), Type.Integer()),
});

export const TargetEntry = Type.Composite([
  NodeSummary,
  Type.Object({
    rank: Type.Integer(),
    score: Type.Number(),
    community: Type.Optional(Type.Integer()),
    crimeTypes: Type.Array(Type.String()),
    reasons: Type.Array(Type.String()),
  }),
]);
