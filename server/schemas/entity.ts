/** An entity in detail: properties, scores, crime links, ties with their evidence, calls and payments each way, links, provenance. */
import { Type } from "@sinclair/typebox";
import type { EntityDetail as EngineEntityDetail } from "../../engine/export/index.ts";
import { Classification, IsoDate, NodeSummary } from "./common.ts";
import { servedAs } from "./served-as.ts";

export const Evidence = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal("link"), Type.Literal("entity")]),
  type: Type.String(),
  label: Type.Optional(Type.String()),
  classification: Classification,
  handling_code: Type.Optional(Type.String()),
  date: Type.Optional(Type.String()),
});

const Network = Type.Object(
  { id: Type.Integer(), name: Type.String() },
  { description: "the community the actor belongs to, with its name from the analysis" },
);

const CallsAndPayments = Type.Object({
  other: NodeSummary,
  calls: Type.Integer(),
  transfers: Type.Integer(),
  amounts: Type.Record(Type.String(), Type.Number()),
});

/** The engine's entity detail (engine/export/entity-detail.ts), served as it is. */
export const EntityDetail = servedAs<EngineEntityDetail>()(
  Type.Composite([
    NodeSummary,
    Type.Object({
      source: Type.Optional(Type.String()),
      provenance: Type.Object({ file: Type.String(), line: Type.Optional(Type.Integer()) }),
      properties: Type.Record(Type.String(), Type.Unknown()),
      scores: Type.Optional(
        Type.Object({
          community: Type.Integer(),
          degree: Type.Number(),
          betweenness: Type.Number(),
          pagerank: Type.Number(),
          targetRank: Type.Optional(Type.Integer()),
          targetScore: Type.Optional(Type.Number()),
          directed: Type.Optional(
            Type.Object(
              {
                inDegree: Type.Number(),
                outDegree: Type.Number(),
                inStrength: Type.Number(),
                outStrength: Type.Number(),
                betweenness: Type.Union([Type.Number(), Type.Null()]),
                pagerank: Type.Number(),
                reciprocity: Type.Union([Type.Number(), Type.Null()]),
              },
              {
                description:
                  "measures on the directed network: calls caller to callee, transfers sender to receiver",
              },
            ),
          ),
        }),
      ),
      network: Type.Optional(Network),
      roles: Type.Optional(
        Type.Array(Type.String(), {
          description:
            "roles the records give it (organiser of 3 trips, suspect in 1 case), then the analysis's (money broker, crime bridge)",
        }),
      ),
      usedBy: Type.Optional(
        Type.Array(
          Type.Object({
            id: Type.String(),
            label: Type.String(),
            network: Type.Optional(Network),
            targetRank: Type.Optional(Type.Integer()),
            crimeTypes: Type.Array(Type.String()),
          }),
          { description: "a phone's, vehicle's or account's users, with their network and rank" },
        ),
      ),
      crimeTypes: Type.Optional(Type.Array(Type.String())),
      crimeLinks: Type.Optional(
        Type.Array(
          Type.Object({
            type: Type.String(),
            hops: Type.Integer(),
            via: Type.Array(Type.String()),
            viaLabels: Type.Array(Type.String(), { description: "the names of `via`, in order" }),
            evidence: Type.Array(Type.String()),
            caseTitles: Type.Array(Type.String(), {
              description: "the titles of the cases in `evidence`, in order",
            }),
          }),
        ),
      ),
      reasons: Type.Optional(Type.Array(Type.String())),
      caveat: Type.Optional(
        Type.String({
          description:
            "why a person with high betweenness is not a target: an everyday contact (taxi, phone shop, remittance counter) spread over many networks, in no case",
        }),
      ),
      sameAs: Type.Optional(
        Type.Array(Type.String(), {
          description:
            "the other person records accepted as this same person (entity resolution); scores, ties and calls are the joined actor's",
        }),
      ),
      ties: Type.Array(
        Type.Object({
          other: NodeSummary,
          weight: Type.Number(),
          kinds: Type.Array(Type.String()),
          counts: Type.Record(Type.String(), Type.Integer(), {
            description: "evidence items per kind",
          }),
          amounts: Type.Record(Type.String(), Type.Number(), {
            description: "transfers between the two, either way, by currency",
          }),
          first: Type.Optional(IsoDate),
          last: Type.Optional(IsoDate),
          evidence: Type.Array(Evidence, {
            description: "the records behind the tie (at most 20)",
          }),
        }),
      ),
      calls: Type.Object(
        {
          out: Type.Array(CallsAndPayments, { description: "whom it calls and pays" }),
          in: Type.Array(CallsAndPayments, { description: "who calls and pays it" }),
        },
        {
          description:
            "the directed person network around the entity, most calls and transfers first",
        },
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
          role: Type.Optional(Type.String()),
        }),
      ),
      linkCount: Type.Integer(),
    }),
  ]),
);
