/**
 * Entity resolution in the Analysis: the candidates still waiting for an
 * analyst (decided pairs left out) and the accepted matches the analysis
 * used, each with its evidence for and against, and the reason a target
 * made of an accepted match gives.
 */
import { decisionsOf, pairKey, type EntityRecords, type MatchVerdict } from "../../model/index.ts";
import type { WorkProgress } from "../progress.ts";
import { duplicateCandidates, matchEvidence, type DuplicateCandidate } from "./candidates.ts";

export interface DecidedMatch extends DuplicateCandidate {
  /** Who decided, when, and why. */
  by: string;
  at: string;
  note?: string;
}

export interface ResolutionSummary {
  /** Likely duplicate persons no analyst has decided on, best first. */
  candidates: DuplicateCandidate[];
  /** Pairs accepted as one person: the analysis treats each group as one actor. */
  accepted: DecidedMatch[];
  /** Pairs rejected: no longer offered. */
  rejected: DecidedMatch[];
}

/** Of the graph's persons and the decisions it carries (those on persons it holds). */
export function resolutionSummary(
  graph: EntityRecords | null,
  progress?: WorkProgress,
): ResolutionSummary {
  if (!graph) return { candidates: [], accepted: [], rejected: [] };
  const decisions = decisionsOf(graph);
  const decided = (verdict: MatchVerdict) =>
    decisions
      .filter((decision) => decision.decision === verdict)
      .map((decision) => ({
        ...matchEvidence(graph, decision.a, decision.b),
        by: decision.by,
        at: decision.at,
        ...(decision.note !== undefined && { note: decision.note }),
      }));
  return {
    candidates: duplicateCandidates(
      graph,
      new Set(decisions.map((d) => pairKey(d.a, d.b))),
      progress,
    ),
    accepted: decided("accepted"),
    rejected: decided("rejected"),
  };
}

/** "one person with P2 "Name" (accepted by alice on 2026-12-07: the same birth date …)", per accepted pair naming one of `ids`. */
export function matchReasons(accepted: readonly DecidedMatch[], ids: readonly string[]): string[] {
  const own = new Set(ids);
  return accepted
    .filter((match) => own.has(match.a) || own.has(match.b))
    .map((match) => {
      const evidence = match.for.slice(1).join("; ");
      const note = match.note ? `, "${match.note}"` : "";
      return `records ${match.a} "${match.aName}" and ${match.b} "${match.bName}" are one person (match accepted by ${match.by} on ${match.at.slice(0, 10)}${note}: ${evidence || "the names"})`;
    });
}
