/**
 * The shapes the API answers with. Where the server exports a schema, the
 * type is derived from it (TypeBox `Static`), so client and server cannot
 * drift; the rest mirror the response schemas in server/routes/api/.
 */
import type { Static } from "@sinclair/typebox";
import type { NodeSummary as NodeSummarySchema } from "../../../server/schemas/common.ts";
import type { GraphJson as GraphJsonSchema } from "../../../server/schemas/graph.ts";

export type GraphJson = Static<typeof GraphJsonSchema>;
export type NodeSummary = Static<typeof NodeSummarySchema>;

export interface Session {
  token: string;
  expiresAt: string;
  user: { name: string; role: string; clearance: string };
}

export interface Summary {
  [field: string]: unknown;
}

export interface SearchHit extends NodeSummary {
  match: "id" | "phone" | "plate" | "name";
  score: number;
}

export interface Evidence {
  id: string;
  kind: "link" | "entity";
  type: string;
  label?: string;
  classification: string;
  handling_code?: string;
  date?: string;
}

export interface CrimeLink {
  type: string;
  hops: number;
  via: string[];
  evidence: string[];
}

export interface EntityDetail extends NodeSummary {
  source?: string;
  provenance: { file: string; line: number };
  properties: Record<string, unknown>;
  scores?: {
    community: number;
    degree: number;
    betweenness: number;
    pagerank: number;
    targetRank?: number;
    targetScore?: number;
  };
  crimeTypes?: string[];
  crimeLinks?: CrimeLink[];
  reasons?: string[];
  ties: { other: NodeSummary; weight: number; kinds: string[]; evidence: Evidence[] }[];
  links: {
    id: string;
    type: string;
    direction: "out" | "in";
    other: NodeSummary;
    classification: string;
    handling_code?: string;
    date?: string;
  }[];
  linkCount: number;
}

export interface PathsResult {
  length: number | null;
  paths: string[][];
  graph: GraphJson;
}

export interface CommunitySummary {
  id: number;
  name: string;
  size: number;
  crimeTypes: Record<string, number>;
}

export interface TargetEntry extends NodeSummary {
  rank: number;
  score: number;
  community?: number;
  crimeTypes: string[];
  reasons: string[];
}

export interface DisruptionRequest {
  strategy: "ids" | "degree" | "target-score";
  ids?: string[];
  steps?: number;
}

export interface DisruptionStep {
  step: number;
  removed: string[];
  lcc: number;
  lccFraction: number;
  components: number;
  fragmentation: number;
}

export interface DisruptionResult {
  strategy: string;
  mode: string;
  perStep: number;
  lcc0: number;
  steps: DisruptionStep[];
}
