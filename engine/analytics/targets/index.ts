export {
  TARGET_DEFAULTS,
  TARGET_PARAMETERS,
  TARGET_FEATURES,
  resolveTargetOptions,
  type ResolvedTargetOptions,
  type TargetFeature,
  type TargetOptions,
} from "./options.ts";
export { percentiles } from "./percentiles.ts";
export { scoreTargets, type TargetScores } from "./target-score.ts";
export { communityNames } from "./community-names.ts";
export { targetReasons, type ReasonContext } from "./reasons.ts";
export { leadership, type Leadership } from "./leadership.ts";
