export {
  TARGET_DEFAULTS,
  TARGET_PARAMETERS,
  TARGET_FEATURES,
  resolveTargetOptions,
  type ResolvedTargetOptions,
  type TargetFeature,
  type TargetOptions,
} from "./options.ts";
export { rankStrength, type RankStrength } from "./rank-strength.ts";
export { scoreTargets, type TargetScores } from "./target-score.ts";
export { communityNames } from "./community-names.ts";
export { hubCaveat, targetReasons, type ReasonContext } from "./reasons.ts";
export { leadership, type Leadership } from "./leadership.ts";
export { EVERYDAY_HUB, everydayHubs, MIN_CONTACTS, type EverydayHubs } from "./everyday-hubs.ts";
export { commandScores, type Command } from "./command.ts";
