/**
 * An analyst's decision on a pair of person records that may be one person
 * (engine/analytics/resolution): accepted (the analysis treats the two as one
 * actor) or rejected (the pair is no longer offered). The records themselves
 * are never merged: both keep their ids and provenance. Stores keep the
 * decisions beside the data and hand them to the analytics on the entity
 * graph's `matchDecisions` attribute (`decisionsOf`).
 */
import type { EntityGraph, EntityRecords } from "./graph.ts";

export const MATCH_VERDICTS = ["accepted", "rejected"] as const;
export type MatchVerdict = (typeof MATCH_VERDICTS)[number];

export interface MatchDecision {
  /** The two person ids, `a < b`. */
  a: string;
  b: string;
  decision: MatchVerdict;
  /** Who decided (a user name, or `cli:<shell user>`), and when (ISO 8601, UTC). */
  by: string;
  at: string;
  note?: string;
}

/** The graph attribute the stores put the decisions on when they load a graph. */
export const MATCH_DECISIONS_ATTRIBUTE = "matchDecisions";

/** Puts the decisions on the graph for the analytics (none: no attribute, as a graph without any). */
export function carryDecisions(graph: EntityGraph, decisions: readonly MatchDecision[]): void {
  if (decisions.length > 0) graph.setAttribute(MATCH_DECISIONS_ATTRIBUTE, [...decisions]);
  else graph.removeAttribute(MATCH_DECISIONS_ATTRIBUTE);
}

/** The pair in the order decisions keep it. */
export const orderedPair = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

/** One key per pair, whichever way round it is named. */
export const pairKey = (x: string, y: string): string => orderedPair(x, y).join("\u0000");

/** The decisions the graph carries whose two persons it holds (a clearance view drops the others). */
export function decisionsOf(graph: EntityRecords): MatchDecision[] {
  const decisions = graph.getAttribute(MATCH_DECISIONS_ATTRIBUTE) as MatchDecision[] | undefined;
  return (decisions ?? []).filter((d) => graph.hasNode(d.a) && graph.hasNode(d.b));
}

/** Decisions sorted by pair, so that stores and analyses list them alike. */
export function sortDecisions(decisions: readonly MatchDecision[]): MatchDecision[] {
  return [...decisions].sort((x, y) => compare(x.a, y.a) || compare(x.b, y.b));
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
