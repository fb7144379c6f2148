/**
 * The shapes the API answers with, derived from the server's own schemas
 * (TypeBox `Static`), so client and server cannot drift. Type imports only:
 * nothing of the server reaches the bundle.
 */
import type { Static } from "@sinclair/typebox";
import type {
  CommunityMoneyFlow as CommunityMoneyFlowSchema,
  CrimeOverlap as CrimeOverlapSchema,
  MoneyFlow as MoneyFlowSchema,
  CommunitySummary as CommunitySummarySchema,
  TargetEntry as TargetEntrySchema,
  TargetsPage as TargetsPageSchema,
} from "../../../server/schemas/analysis.ts";
import type { AnalyticInfo as AnalyticInfoSchema } from "../../../server/schemas/analytics.ts";
import type {
  NodeSummary as NodeSummarySchema,
  PersonContext as PersonContextSchema,
} from "../../../server/schemas/common.ts";
import type {
  DisruptionBody,
  DisruptionResult as DisruptionResultSchema,
  DisruptionStep as DisruptionStepSchema,
} from "../../../server/schemas/disruption.ts";
import type { EntityDetail as EntityDetailSchema } from "../../../server/schemas/entity.ts";
import type {
  GraphJson as GraphJsonSchema,
  PathsResult as PathsResultSchema,
} from "../../../server/schemas/graph.ts";
import type {
  MapLayer as MapLayerSchema,
  MapLocation as MapLocationSchema,
  MapRoute as MapRouteSchema,
} from "../../../server/schemas/map.ts";
import type { SearchHit as SearchHitSchema } from "../../../server/schemas/search.ts";
import type { Session as SessionSchema } from "../../../server/schemas/session.ts";

export type GraphJson = Static<typeof GraphJsonSchema>;
export type NodeSummary = Static<typeof NodeSummarySchema>;
export type Session = Static<typeof SessionSchema>;
export type SearchHit = Static<typeof SearchHitSchema>;
export type EntityDetail = Static<typeof EntityDetailSchema>;
export type Evidence = EntityDetail["ties"][number]["evidence"][number];
export type CrimeLink = NonNullable<EntityDetail["crimeLinks"]>[number];
export type PathsResult = Static<typeof PathsResultSchema>;
export type CommunitySummary = Static<typeof CommunitySummarySchema>;
export type TargetEntry = Static<typeof TargetEntrySchema>;
export type TargetsPage = Static<typeof TargetsPageSchema>;
export type DisruptionRequest = Static<typeof DisruptionBody>;
export type DisruptionStep = Static<typeof DisruptionStepSchema>;
export type DisruptionResult = Static<typeof DisruptionResultSchema>;
export type MapLayer = Static<typeof MapLayerSchema>;
export type AnalyticInfo = Static<typeof AnalyticInfoSchema>;
export type ParameterInfo = AnalyticInfo["parameters"][number];
/** What POST /api/analytics/communities answers with. */
export interface CommunitiesRun {
  id: "communities";
  result: { communities: Record<string, number>; count: number; modularity: number };
}
export type MapLocation = Static<typeof MapLocationSchema>;
export type MapRoute = Static<typeof MapRouteSchema>;
export type PersonContext = Static<typeof PersonContextSchema>;
/** What POST /api/cross-check answers with (the route declares it inline). */
export interface CrossCheckResult {
  value: string;
  kind: "phone" | "plate" | "name";
  hits: (NodeSummary & { match: string; score: number; context: PersonContext[] })[];
}
export type MoneyFlow = Static<typeof MoneyFlowSchema>;
export type CommunityMoneyFlow = Static<typeof CommunityMoneyFlowSchema>;
export type CrimeOverlap = Static<typeof CrimeOverlapSchema>;
export type CrimeBridge = CrimeOverlap["bridges"][number];
