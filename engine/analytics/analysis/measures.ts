/**
 * Network measures of every actor, on the person network's index: degree,
 * weighted degree, betweenness (exact up to a size, sampled above it),
 * PageRank, brokerage with respect to communities and to crime types (their
 * triangles listed once for both), and the disruption impact of removing
 * each actor alone.
 */
import type { Csr } from "../csr.ts";
import {
  betweenness,
  degree,
  gouldFernandezByGrouping,
  pagerank,
  participationCoefficient,
  sampledBetweenness,
  type BrokerageRoles,
} from "../centrality/index.ts";
import { connectedComponents, pairsAfterRemoval, reachablePairs } from "../disruption/index.ts";
import { span, type WorkProgress } from "../progress.ts";

export interface Measures {
  degree: Float64Array;
  weightedDegree: Float64Array;
  betweenness: Float64Array;
  betweennessMethod: {
    method: "exact" | "sampled";
    samples: number | null;
    errorBound: number;
    confidence: number | null;
  };
  pagerank: Float64Array;
  pagerankIterations: number;
  participation: Float64Array;
  /** Gould–Fernandez roles with respect to communities. */
  roles: BrokerageRoles;
  /** Gould–Fernandez roles with respect to crime types (overlaps/crime-groups.ts). */
  crimeRoles: BrokerageRoles;
  /** Gould–Fernandez roles other than coordinator: open two-paths that cross communities. */
  crossBrokerage: Float64Array;
  removalImpact: Float64Array;
}

export interface MeasureSettings {
  seed: number;
  betweennessExactLimit: number;
  betweennessSamples: number;
  betweennessWork: number;
  pagerankAlpha: number;
}

/** Two groupings of the actors, each one label per actor. */
export interface Groupings {
  communities: Int32Array;
  /** The primary crime type of each actor (overlaps/crime-groups.ts). */
  crimes: Int32Array;
}

/**
 * `given`: exact betweenness (normalised) and PageRank computed elsewhere,
 * taken as they are. `progress`: betweenness's searches take most of the
 * time, then brokerage's triangles.
 */
export function networkMeasures(
  csr: Csr,
  { communities, crimes }: Groupings,
  settings: MeasureSettings,
  given?: { betweenness: Float64Array | null; pagerank: Float64Array },
  progress?: WorkProgress,
): Measures {
  const { scores: between, method: betweennessMethod } = given?.betweenness
    ? { scores: given.betweenness, method: EXACT }
    : actorBetweenness(csr, settings, communities, span(progress, 0, 0.75));
  const rank = given
    ? // The iterations are the other engine's, not known here.
      { scores: given.pagerank, iterations: 0 }
    : pagerank(csr, { alpha: settings.pagerankAlpha, weighted: true }, span(progress, 0.75, 0.8));
  progress?.(0.8, 1);
  const [roles, crimeRoles] = gouldFernandezByGrouping(
    csr,
    [communities, crimes],
    span(progress, 0.8, 0.95),
  ) as [BrokerageRoles, BrokerageRoles];
  const crossBrokerage = new Float64Array(csr.nodeCount);
  for (let v = 0; v < csr.nodeCount; v++) {
    crossBrokerage[v] =
      roles.itinerant[v]! + roles.gatekeeperRepresentative[v]! + roles.liaison[v]!;
  }
  return {
    degree: degree(csr),
    weightedDegree: degree(csr, { weighted: true }),
    betweenness: between,
    betweennessMethod,
    pagerank: rank.scores,
    pagerankIterations: rank.iterations,
    participation: participationCoefficient(csr, communities),
    roles,
    crimeRoles,
    crossBrokerage,
    removalImpact: removalImpact(csr),
  };
}

const EXACT: Measures["betweennessMethod"] = {
  method: "exact",
  samples: null,
  errorBound: 0,
  confidence: null,
};

/**
 * Betweenness exact while nodes × ties stays within the limit, sampled from
 * seeded pivots above it (with its error bound); `localityGroups` (the
 * communities) only speed the sampled searches up.
 */
export function actorBetweenness(
  csr: Csr,
  settings: Omit<MeasureSettings, "pagerankAlpha">,
  localityGroups: Int32Array | null = null,
  progress?: WorkProgress,
): { scores: Float64Array; method: Measures["betweennessMethod"] } {
  if (csr.nodeCount * csr.edgeCount <= settings.betweennessExactLimit) {
    return { scores: betweenness(csr, {}, progress), method: EXACT };
  }
  const sampled = sampledBetweenness(
    csr,
    { samples: pivotCount(csr, settings), seed: settings.seed, localityGroups },
    progress,
  );
  return {
    scores: sampled.scores,
    method: {
      method: sampled.exact ? "exact" : "sampled",
      samples: sampled.pivots.length,
      errorBound: sampled.errorBound,
      confidence: sampled.confidence,
    },
  };
}

/**
 * `betweennessSamples` pivots, fewer where they would take more than
 * `betweennessWork` steps: a pivot is one search and one backward pass over
 * every actor and half-edge, so the count falls as the network grows and the
 * stated error bound rises (at least one pivot).
 */
export function pivotCount(
  csr: Csr,
  settings: Pick<MeasureSettings, "betweennessSamples" | "betweennessWork">,
): number {
  const perPivot = csr.nodeCount + csr.targets.length;
  return Math.max(
    1,
    Math.min(settings.betweennessSamples, Math.floor(settings.betweennessWork / perPivot)),
  );
}

/**
 * For each actor, the fraction of connected (ordered) pairs of other actors
 * that removing it alone disconnects: 0 unless it is a cut point.
 */
function removalImpact(csr: Csr): Float64Array {
  const alive = new Uint8Array(csr.nodeCount).fill(1);
  const components = connectedComponents(csr, alive);
  const base = reachablePairs(components.sizes);
  const { pairsAfter } = pairsAfterRemoval(csr, alive);
  const impact = new Float64Array(csr.nodeCount);
  if (base === 0) return impact;
  for (let v = 0; v < csr.nodeCount; v++) {
    const size = components.sizes[components.componentOf[v]!]!;
    const ownPairs = 2 * (size - 1);
    impact[v] = Math.max(0, base - pairsAfter[v]! - ownPairs) / base;
  }
  return impact;
}
