/**
 * The Analysis (docs/ARCHITECTURE.md): one JSON-ready result with the parameters
 * and seed that made it. Floats are rounded (round.ts) and every list has a
 * fixed order, so the same data and seed give the same bytes.
 */
import type { CrimeType } from "../../model/index.ts";
import type { DisruptionResult } from "../disruption/index.ts";
import type { ActorFlow, CommunityFlow } from "../money/index.ts";
import type { EvidenceSummary, TieWeights } from "../network/index.ts";
import type { CrimeLink } from "../overlaps/index.ts";
import type { ResolutionSummary } from "../resolution/index.ts";
import type { TargetFeature } from "../targets/index.ts";
import type {
  DirectedActorMeasures,
  DirectedParameters,
  DirectedSummary,
} from "./directed-measures.ts";

export interface AnalysisParameters {
  /** "dataset" (an entity graph) or "edge-list" (a plain person edge list). */
  input: "dataset" | "edge-list";
  /** Where communities, betweenness and PageRank were computed: here, or by Graph Data Science in Neo4j. */
  engine: "in-process" | "gds";
  datasetHash: string | null;
  seed: number;
  resolution: number;
  network: { weights: TieWeights; groupCliqueLimit: number; groupHubs: number };
  betweenness: {
    method: "exact" | "sampled";
    samples: number | null;
    /** Uniform error bound of the sampled scores (normalised scale), with its confidence. */
    errorBound: number;
    confidence: number | null;
  };
  pagerank: { alpha: number; weighted: true; iterations: number };
  crimeLinkHops: number;
  money: { eurRates: Record<string, number>; hubCount: number; hubMinCounterparties: number };
  targets: {
    weights: Record<TargetFeature, number>;
    top: number;
    reasons: number;
    hubDiscount: number;
  };
  disruption: { steps: number; keyPlayers: number };
  /** The network each actor field was computed on: `directed` on the directed view, the rest undirected. */
  measureNetworks: Record<"undirected" | "directed", string[]>;
  directed: DirectedParameters;
}

export interface AnalysisSummary {
  persons: number;
  organisations: number;
  /** Entities and links of the input (rows of an edge list). */
  entities: number;
  links: number;
  /** Ties of the person network. */
  ties: number;
  communities: number;
  modularity: number;
  directed: DirectedSummary;
}

export interface CommunityRecord {
  id: number;
  name: string;
  size: number;
  /** Persons and organisations, sorted. */
  members: string[];
  /** Members directly involved, per crime type (types with none left out). */
  crimeTypes: Partial<Record<CrimeType, number>>;
  dominantCrime: CrimeType | null;
  money: {
    in: Record<string, number>;
    out: Record<string, number>;
    internal: Record<string, number>;
  };
}

export interface ActorRecord {
  id: string;
  name: string;
  /** Person category (suspect, smuggled_person...), or the organisation's kind. */
  category: string | null;
  community: number;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  pagerank: number;
  brokerage: {
    participation: number;
    coordinator: number;
    itinerant: number;
    gatekeeperRepresentative: number;
    liaison: number;
  };
  /**
   * Gould–Fernandez roles with respect to crime types: each actor grouped by its
   * first direct crime type (or "no recorded crime"), so a liaison here brokers
   * between two other crime worlds.
   */
  crimeBrokerage: {
    coordinator: number;
    itinerant: number;
    gatekeeperRepresentative: number;
    liaison: number;
  };
  crimeTypes: CrimeType[];
  crimeLinks: CrimeLink[];
  money: {
    in: Record<string, number>;
    out: Record<string, number>;
    byChannel: Record<string, Record<string, number>>;
    transfersIn: number;
    transfersOut: number;
    counterparties: number;
    handledEur: number;
  } | null;
  /** Fraction of connected pairs cut apart when this actor alone is removed. */
  removalImpact: number;
  /** On the directed network (calls caller to callee, transfers sender to receiver). */
  directed: DirectedActorMeasures;
  /** Target score; null for protected persons and organisations, who are never targets. */
  score: number | null;
  /**
   * Rank of the score among every person who may be a target (1 = first, as
   * in `targets`, which lists the top with reasons); null when `score` is.
   */
  targetRank: number | null;
  /** Why a person with high betweenness is not a target (an everyday hub), when that is the call. */
  caveat?: string;
  /** The other person records accepted as this same person (entity resolution): one actor, every id kept. */
  sameAs?: string[];
}

export interface TargetRecord {
  rank: number;
  id: string;
  name: string;
  community: number;
  score: number;
  /** Strength of each feature, from its rank among the persons who may be targets (targets/rank-strength.ts). */
  features: Record<TargetFeature, number>;
  reasons: string[];
  /** The other person records accepted as this same person (entity resolution). */
  sameAs?: string[];
}

export interface CrimeBridgeRecord {
  id: string;
  name: string;
  community: number;
  smugglingCommunity: number;
  otherCommunity: number;
  otherType: CrimeType;
  evidence: EvidenceSummary;
}

export interface CrimeOverlap {
  /** The crime types some actor is involved in or one tie away from; the columns of the tables below. */
  crimeTypes: CrimeType[];
  /** Per community: members directly involved and members one tie away, per crime type. */
  rows: { community: number; name: string; size: number; direct: number[]; linked: number[] }[];
  /** `pairs[i][j]`: persons and organisations directly involved in both crime types i and j (i = j: in type i). */
  pairs: number[][];
  bridges: CrimeBridgeRecord[];
}

export interface Flows {
  hubs: {
    id: string;
    name: string;
    community: number;
    score: number;
    inEur: number;
    outEur: number;
    counterparties: number;
  }[];
  /** Between communities, by currency, largest in euros first. */
  between: CommunityFlow[];
  /** Between persons and organisations, by currency, largest in euros first. */
  actors: ActorFlow[];
}

export interface DisruptionSummary {
  /** The top targets removed one by one, in rank order. */
  byTargets: DisruptionResult;
  /** Highest degree removed one by one, recomputed after each removal. */
  byDegree: DisruptionResult;
  keyPlayers: { ids: string[]; fragmentation: number } | null;
}

/** One phase of the run: its time and the peaks of memory seen while it ran. */
export interface RunPhase {
  name: string;
  seconds: number;
  peakHeapUsedMB: number;
  peakRssMB: number;
}

/**
 * How the run that made an Analysis went: every phase's time and peak
 * memory (V8's heap in use and the process's resident set), for the growth
 * table of docs/PERFORMANCE.md. Unlike the rest, it differs from run to run.
 */
export interface AnalysisRun {
  /** When the run ended (ISO 8601). */
  finished: string;
  node: string;
  seconds: number;
  peakHeapUsedMB: number;
  peakRssMB: number;
  phases: RunPhase[];
}

export interface Analysis {
  version: 1;
  parameters: AnalysisParameters;
  summary: AnalysisSummary;
  communities: CommunityRecord[];
  persons: ActorRecord[];
  organisations: ActorRecord[];
  /** Phones, vehicles and online accounts with the community of the actors using them. */
  attached: { id: string; type: string; community: number }[];
  targets: TargetRecord[];
  crimeOverlap: CrimeOverlap;
  flows: Flows;
  disruption: DisruptionSummary;
  /** Likely duplicate persons waiting for an analyst, and the accepted matches this analysis used. */
  resolution: ResolutionSummary;
  /** Added by the CLI when it saves an Analysis: how the run went (written last). */
  run?: AnalysisRun;
}
