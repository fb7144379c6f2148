export {
  MATCH_EVIDENCE,
  MIN_SCORE,
  duplicateCandidates,
  nameSkeleton,
  type DuplicateCandidate,
} from "./candidates.ts";
