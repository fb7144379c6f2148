/**
 * What the server needs from an analysis, behind one function type, so the
 * engine's `analyze` plugs in through an adapter and tests can pass their own.
 * The analysis always runs on a clearance view of the graph (clearance-view.ts):
 * nothing here may be computed from records the caller cannot see.
 */
import type { DirectedActorMeasures } from "../../engine/analytics/index.ts";
import type { EntityGraph } from "../../engine/model/index.ts";

export interface CrimeLink {
  type: string;
  /** 1 when the person is involved in a case of this type; more when reached through ties. */
  hops: number;
  /** Entity ids on the way from the person to the case. */
  via: string[];
  /** Link ids that carry the crime link. */
  evidence: string[];
}

export interface PersonScores {
  id: string;
  community: number;
  degree: number;
  betweenness: number;
  pagerank: number;
  crimeTypes: string[];
  crimeLinks: CrimeLink[];
  /** Measures on the directed network (engine/analytics/directed), when the analyzer gives them. */
  directed?: DirectedActorMeasures;
}

export interface Community {
  id: number;
  name: string;
  members: string[];
  crimeTypes: Record<string, number>;
}

export interface Target {
  rank: number;
  id: string;
  score: number;
  reasons: string[];
}

export interface MoneyFlow {
  from: string;
  to: string;
  currency: string;
  amount: number;
  count: number;
  first?: string;
  last?: string;
  /** Transfer ids. */
  transfers: string[];
}

/** A tie of the person network with the kinds and the records that make it. */
export interface Tie {
  source: string;
  target: string;
  weight: number;
  kinds: string[];
  /** Dates of the earliest and latest dated evidence (YYYY-MM-DD), if any is dated. */
  first?: string;
  last?: string;
  /** Ids of the links and entities that evidence the tie (capped). */
  evidence: string[];
}

/**
 * An arc of the directed person network: who calls or pays whom, with the
 * calls and transfers that run that way (evidence without a direction makes
 * an arc each way with no calls or transfers of its own).
 */
export interface Arc {
  source: string;
  target: string;
  weight: number;
  calls: number;
  transfers: number;
  /** Sums of the transfers along the arc, by currency. */
  amounts: Record<string, number>;
}

export interface CrimeOverlap {
  crimeTypes: string[];
  /** persons[i][j]: persons linked to both crime types i and j (i = j: to type i). */
  persons: number[][];
}

export interface Analysis {
  parameters: Record<string, unknown>;
  summary: {
    persons: number;
    entities: number;
    links: number;
    communities: number;
    modularity: number;
  };
  communities: Community[];
  persons: PersonScores[];
  targets: Target[];
  moneyFlows: MoneyFlow[];
  crimeOverlap: CrimeOverlap;
  ties: Tie[];
  /** Arcs of the directed person network, when the analyzer gives them. */
  arcs?: Arc[];
}

export type Analyzer = (graph: EntityGraph) => Analysis | Promise<Analysis>;
