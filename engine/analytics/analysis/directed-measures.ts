/**
 * The directed side of an Analysis (analytics/directed): per actor in and out
 * degree and strength, directed betweenness (distance 1/weight) and PageRank
 * and reciprocity; for the network its arcs, reciprocity, flow hierarchy and
 * strongly and weakly connected components. Computed on the directed view of
 * the same person network as every other measure.
 *
 * Directed betweenness is exact up to the same nodes × arcs limit as the
 * undirected one; above it, it is left out (null, method "skipped") rather
 * than sampled.
 */
import {
  directedBetweenness,
  directedDegrees,
  directedPagerank,
  flowHierarchy,
  reciprocity,
  strongComponents,
  weakComponents,
  type DirectedNetwork,
} from "../directed/index.ts";
import { span, type WorkProgress } from "../progress.ts";
import type { MeasureSettings } from "./measures.ts";
import { significant } from "./round.ts";

/** An actor's measures on the directed network: who it calls and pays, who calls and pays it. */
export interface DirectedActorMeasures {
  /** Distinct actors with an arc to this one (who call, pay or share evidence with it). */
  inDegree: number;
  /** Distinct actors this one has an arc to. */
  outDegree: number;
  inStrength: number;
  outStrength: number;
  /** Normalised by (n − 1)(n − 2), distance 1/weight; null when skipped for size. */
  betweenness: number | null;
  pagerank: number;
  /** Share of its arcs that go both ways; null without arcs. */
  reciprocity: number | null;
}

export interface DirectedSummary {
  arcs: number;
  reciprocity: number;
  /** Share of arcs on no cycle; null without arcs. */
  flowHierarchy: number | null;
  strongComponents: number;
  largestStrongComponent: number;
  weakComponents: number;
  largestWeakComponent: number;
}

export interface DirectedParameters {
  arcs: "calls caller to callee, transfers sender to receiver, edge-list rows source to target; other evidence both ways";
  betweenness: { method: "exact" | "skipped"; distance: "1/weight"; normalized: "(n-1)(n-2)" };
  pagerank: { alpha: number; weighted: true; iterations: number };
}

export interface DirectedMeasures {
  actor(v: number): DirectedActorMeasures;
  summary: DirectedSummary;
  parameters: DirectedParameters;
}

/** `progress`: PageRank's iterations, and a tick after each other measure. */
export function directedMeasures(
  network: DirectedNetwork,
  settings: MeasureSettings,
  progress?: WorkProgress,
): DirectedMeasures {
  const { csr } = network;
  const degrees = directedDegrees(csr);
  const exact = csr.nodeCount * csr.arcCount <= settings.betweennessExactLimit;
  const between = exact ? directedBetweenness(csr) : null;
  progress?.(0.2, 1);
  const rank = directedPagerank(csr, { alpha: settings.pagerankAlpha }, span(progress, 0.2, 0.6));
  const mutual = reciprocity(csr);
  progress?.(0.75, 1);
  const strong = strongComponents(csr);
  progress?.(0.9, 1);
  const weak = weakComponents(csr);
  const hierarchy = flowHierarchy(csr);
  return {
    actor: (v) => ({
      inDegree: degrees.inDegree[v]!,
      outDegree: degrees.outDegree[v]!,
      inStrength: significant(degrees.inStrength[v]!),
      outStrength: significant(degrees.outStrength[v]!),
      betweenness: between ? significant(between[v]!) : null,
      pagerank: significant(rank.scores[v]!),
      reciprocity: mutual.perNode[v] === null ? null : significant(mutual.perNode[v]!),
    }),
    summary: {
      arcs: csr.arcCount,
      reciprocity: significant(mutual.overall),
      flowHierarchy: hierarchy === null ? null : significant(hierarchy),
      strongComponents: strong.count,
      largestStrongComponent: strong.largest,
      weakComponents: weak.count,
      largestWeakComponent: weak.largest,
    },
    parameters: {
      arcs: "calls caller to callee, transfers sender to receiver, edge-list rows source to target; other evidence both ways",
      betweenness: {
        method: exact ? "exact" : "skipped",
        distance: "1/weight",
        normalized: "(n-1)(n-2)",
      },
      pagerank: { alpha: settings.pagerankAlpha, weighted: true, iterations: rank.iterations },
    },
  };
}
