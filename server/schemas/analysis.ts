/**
 * The analysis as the routes serve it: projections of the engine's Analysis
 * (engine/analytics/analysis/types.ts), each schema checked against the
 * engine type at compile time (served-as.ts).
 */
import { Type, type Static } from "@sinclair/typebox";
import type {
  ActorFlow,
  AnalysisParameters,
  AnalysisSummary as EngineSummary,
  CommunityFlow,
  CommunityRecord,
  CrimeOverlap as EngineCrimeOverlap,
} from "../../engine/analytics/index.ts";
import {
  TARGET_SORT_KEYS,
  type TargetFilter,
  type TargetListEntry,
  type TargetSort,
} from "../../engine/export/index.ts";
import { CrimeType, NodeSummary } from "./common.ts";
import { servedAs } from "./served-as.ts";

const Counts = Type.Record(Type.String(), Type.Integer());
const Amounts = Type.Record(Type.String(), Type.Number(), { description: "by currency" });

export const AnalysisSummary = servedAs<EngineSummary>()(
  Type.Object({
    persons: Type.Integer(),
    organisations: Type.Integer(),
    entities: Type.Integer(),
    links: Type.Integer(),
    ties: Type.Integer({ description: "ties of the person network" }),
    communities: Type.Integer(),
    modularity: Type.Number(),
  }),
);

/** Everything that shaped the analysis, seed and dataset hash included, as the engine records it. */
const Settings = (description: string) => Type.Unknown({ description });

export const AnalysisParametersSchema = servedAs<AnalysisParameters>()(
  Type.Object({
    input: Type.Union([Type.Literal("dataset"), Type.Literal("edge-list")]),
    engine: Type.Union([Type.Literal("in-process"), Type.Literal("gds")]),
    datasetHash: Type.Union([Type.String(), Type.Null()]),
    seed: Type.Integer(),
    resolution: Type.Number(),
    network: Settings("tie weights per evidence kind and the large-group rules"),
    betweenness: Settings("exact or sampled, with the samples and the error bound"),
    pagerank: Settings("damping and iterations"),
    crimeLinkHops: Type.Integer(),
    money: Settings("exchange rates to euros and the money-hub rules"),
    targets: Settings("weights of the target score, targets listed, reasons given"),
    disruption: Settings("steps and key players"),
    measureNetworks: Type.Record(Type.String(), Type.Array(Type.String())),
    directed: Settings("the directed network's settings"),
  }),
);

export const CommunitySummary = servedAs<CommunityRecord>()(
  Type.Object({
    id: Type.Integer(),
    name: Type.String(),
    size: Type.Integer(),
    crimeTypes: Counts,
    dominantCrime: Type.Union([CrimeType, Type.Null()]),
  }),
);

export const TargetEntry = servedAs<TargetListEntry>()(
  Type.Composite([
    NodeSummary,
    Type.Object({
      rank: Type.Integer(),
      name: Type.String(),
      community: Type.Integer(),
      score: Type.Number(),
      features: Type.Optional(
        Type.Record(Type.String(), Type.Number(), {
          description:
            "strength of each feature in [0, 1], from its rank among the persons who may be targets; for the top the analysis explains only",
        }),
      ),
      reasons: Type.Array(Type.String(), {
        description: "why, for the top the analysis explains (targets.top); empty below it",
      }),
      crimeTypes: Type.Array(CrimeType),
      network: Type.String({ description: "the community's name in the analysis" }),
      roles: Type.Array(Type.String(), {
        description:
          "roles in a word or two: from the records (skipper, driver...), then money broker and crime bridge from the analysis",
      }),
      sameAs: Type.Optional(
        Type.Array(Type.String(), {
          description:
            "the other person records accepted as this same person (entity resolution): one target, every id",
        }),
      ),
    }),
  ]),
);

const EvidenceSummary = Type.Object({
  ties: Type.Integer(),
  kinds: Counts,
  amounts: Amounts,
  first: Type.Union([Type.String(), Type.Null()]),
  last: Type.Union([Type.String(), Type.Null()]),
});

export const CrimeOverlap = servedAs<EngineCrimeOverlap>()(
  Type.Object({
    crimeTypes: Type.Array(CrimeType),
    rows: Type.Array(
      Type.Object({
        community: Type.Integer(),
        name: Type.String(),
        size: Type.Integer(),
        direct: Type.Array(Type.Integer(), {
          description: "members directly involved, per crime type",
        }),
        linked: Type.Array(Type.Integer(), { description: "members one tie away, per crime type" }),
      }),
    ),
    pairs: Type.Array(Type.Array(Type.Integer()), {
      description:
        "pairs[i][j]: persons and organisations directly involved in both crime types i and j (diagonal: in type i)",
    }),
    bridges: Type.Array(
      Type.Object({
        id: Type.String(),
        name: Type.String(),
        community: Type.Integer(),
        smugglingCommunity: Type.Integer(),
        otherCommunity: Type.Integer(),
        otherType: CrimeType,
        evidence: EvidenceSummary,
      }),
    ),
  }),
);

/** Money between two communities in one currency (the Analysis's `flows.between`). */
export const CommunityMoneyFlow = servedAs<CommunityFlow>()(
  Type.Object({
    from: Type.Integer({ description: "paying community" }),
    to: Type.Integer({ description: "receiving community" }),
    currency: Type.String(),
    amount: Type.Number(),
    transfers: Type.Integer({ description: "number of transfers" }),
    channels: Type.Record(Type.String(), Type.Number(), {
      description: "the amount by channel (bank, hawala, cash_courier...; unknown when not said)",
    }),
  }),
);

/** A flow of the engine with its two ends described as the records they are. */
type ServedFlow = Omit<ActorFlow, "from" | "to"> & {
  from: Static<typeof NodeSummary>;
  to: Static<typeof NodeSummary>;
};

export const MoneyFlow = servedAs<ServedFlow>()(
  Type.Object({
    from: NodeSummary,
    to: NodeSummary,
    currency: Type.String(),
    amount: Type.Number(),
    transfers: Type.Integer({ description: "number of transfers" }),
    first: Type.String(),
    last: Type.String(),
    records: Type.Array(Type.String(), {
      description: "transfer ids, earliest first (at most 20)",
    }),
  }),
);

/** A page of the targets table: `GET /api/targets`. */
export const TargetsPage = Type.Object({
  targets: Type.Array(TargetEntry, { description: "the page: `limit` rows from `offset`" }),
  total: Type.Integer({ description: "rows the filters keep" }),
  ranked: Type.Integer({ description: "persons ranked as targets in all" }),
  facets: Type.Object(
    {
      crimes: Type.Array(CrimeType),
      networks: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() })),
      roles: Type.Array(Type.String()),
    },
    { description: "what the filters can choose from, among all the ranked" },
  ),
});

/** A targets table's filters and sort (engine/export/target-table.ts), as query or body fields. */
export const TargetTableFields = {
  crime: Type.Optional(CrimeType),
  network: Type.Optional(Type.Integer({ minimum: 0, description: "a community id" })),
  role: Type.Optional(Type.String({ maxLength: 60 })),
  maxRank: Type.Optional(Type.Integer({ minimum: 1 })),
  minScore: Type.Optional(Type.Number()),
  sort: Type.Optional(
    Type.Union(
      TARGET_SORT_KEYS.map((key) => Type.Literal(key)),
      { default: "rank" },
    ),
  ),
  descending: Type.Optional(Type.Boolean({ default: false })),
};

/** The filter and sort a request's table fields ask for. */
export function targetTable(fields: {
  crime?: string;
  network?: number;
  role?: string;
  maxRank?: number;
  minScore?: number;
  sort?: TargetSort["key"];
  descending?: boolean;
}): { filter: TargetFilter; sort: TargetSort } {
  const { sort = "rank", descending = false, crime, ...rest } = fields;
  return {
    filter: { ...rest, ...(crime !== undefined && { crime: crime as TargetFilter["crime"] }) },
    sort: { key: sort, descending },
  };
}
