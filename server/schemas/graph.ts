/** Graph JSON in graphology's serialisation format (services/graph-json.ts). */
import { Type } from "@sinclair/typebox";
import { Classification, IsoDate } from "./common.ts";

export const GraphJson = Type.Object({
  attributes: Type.Record(Type.String(), Type.Unknown()),
  options: Type.Object({
    type: Type.Union([Type.Literal("directed"), Type.Literal("undirected")]),
    multi: Type.Boolean(),
    allowSelfLoops: Type.Boolean(),
  }),
  nodes: Type.Array(
    Type.Object({
      key: Type.String(),
      attributes: Type.Object({
        label: Type.String(),
        type: Type.String(),
        classification: Classification,
        handling_code: Type.Optional(Type.String()),
        community: Type.Optional(Type.Integer()),
        score: Type.Optional(Type.Number()),
        targetRank: Type.Optional(Type.Integer()),
        crimeTypes: Type.Optional(Type.Array(Type.String())),
        degree: Type.Optional(Type.Number()),
        pagerank: Type.Optional(Type.Number()),
        betweenness: Type.Optional(Type.Number()),
        kind: Type.Optional(Type.String()),
        lat: Type.Optional(Type.Number()),
        lon: Type.Optional(Type.Number()),
        size: Type.Optional(Type.Integer()),
        folded: Type.Optional(
          Type.Integer({
            description: "an 'other' super-node: how many small communities it holds",
          }),
        ),
        born: Type.Optional(
          Type.String({ description: "a person's birth year, to tell namesakes apart" }),
        ),
      }),
    }),
  ),
  edges: Type.Array(
    Type.Object({
      key: Type.String(),
      source: Type.String(),
      target: Type.String(),
      attributes: Type.Object({
        type: Type.String(),
        classification: Type.Optional(Classification),
        handling_code: Type.Optional(Type.String()),
        date: Type.Optional(Type.String()),
        amount: Type.Optional(Type.Number()),
        currency: Type.Optional(Type.String()),
        weight: Type.Optional(Type.Number()),
        kinds: Type.Optional(Type.Array(Type.String())),
        counts: Type.Optional(
          Type.Record(Type.String(), Type.Integer(), { description: "a tie's evidence per kind" }),
        ),
        amounts: Type.Optional(
          Type.Record(Type.String(), Type.Number(), {
            description: "a tie's transfers, either way, summed by currency",
          }),
        ),
        first: Type.Optional(IsoDate),
        last: Type.Optional(IsoDate),
      }),
    }),
  ),
});

export const PathsResult = Type.Object({
  length: Type.Union([Type.Integer(), Type.Null()]),
  /** How many shortest paths there are (counted up to 10,000); `paths` holds the first `limit`. */
  count: Type.Integer(),
  paths: Type.Array(Type.Array(Type.String())),
  graph: GraphJson,
});
