export {
  MATCH_EVIDENCE,
  MIN_SCORE,
  duplicateCandidates,
  matchEvidence,
  nameSkeleton,
  type DuplicateCandidate,
} from "./candidates.ts";
export { samePersonOf } from "./same-person.ts";
export {
  matchReasons,
  resolutionSummary,
  type DecidedMatch,
  type ResolutionSummary,
} from "./summary.ts";
export { MatchRequestError, decidablePair, matchDecision } from "./decision.ts";
