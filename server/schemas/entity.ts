/** An entity in detail: properties, scores, crime links, ties with their evidence, links, provenance. */
import { Type } from "@sinclair/typebox";
import { Classification, NodeSummary } from "./common.ts";

export const Evidence = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal("link"), Type.Literal("entity")]),
  type: Type.String(),
  label: Type.Optional(Type.String()),
  classification: Classification,
  handling_code: Type.Optional(Type.String()),
  date: Type.Optional(Type.String()),
});

export const EntityDetail = Type.Composite([
  NodeSummary,
  Type.Object({
    source: Type.Optional(Type.String()),
    provenance: Type.Object({ file: Type.String(), line: Type.Integer() }),
    properties: Type.Record(Type.String(), Type.Unknown()),
    scores: Type.Optional(
      Type.Object({
        community: Type.Integer(),
        degree: Type.Number(),
        betweenness: Type.Number(),
        pagerank: Type.Number(),
        targetRank: Type.Optional(Type.Integer()),
        targetScore: Type.Optional(Type.Number()),
      }),
    ),
    crimeTypes: Type.Optional(Type.Array(Type.String())),
    crimeLinks: Type.Optional(
      Type.Array(
        Type.Object({
          type: Type.String(),
          hops: Type.Integer(),
          via: Type.Array(Type.String()),
          evidence: Type.Array(Type.String()),
        }),
      ),
    ),
    reasons: Type.Optional(Type.Array(Type.String())),
    ties: Type.Array(
      Type.Object({
        other: NodeSummary,
        weight: Type.Number(),
        kinds: Type.Array(Type.String()),
        evidence: Type.Array(Evidence),
      }),
    ),
    links: Type.Array(
      Type.Object({
        id: Type.String(),
        type: Type.String(),
        direction: Type.Union([Type.Literal("out"), Type.Literal("in")]),
        other: NodeSummary,
        classification: Classification,
        handling_code: Type.Optional(Type.String()),
        date: Type.Optional(Type.String()),
      }),
    ),
    linkCount: Type.Integer(),
  }),
]);
