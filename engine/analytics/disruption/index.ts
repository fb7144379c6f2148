export {
  connectedComponents,
  fragmentation,
  fragmentationFromPairs,
  reachablePairs,
  type Components,
} from "./components.ts";
export { inducedCsr, type InducedCsr } from "./induced.ts";
export { degreeRanker, rankOnInduced, type Ranker } from "./rankers.ts";
export {
  DISRUPTION_DEFAULTS,
  DISRUPTION_PARAMETERS,
  simulateDisruption,
  topAlive,
  type DisruptionMode,
  type DisruptionOptions,
  type DisruptionResult,
  type DisruptionStep,
  type DisruptionStrategy,
} from "./simulate.ts";
export { pairsAfterRemoval } from "./removal-impact.ts";
export {
  KEY_PLAYER_DEFAULTS,
  keyPlayers,
  type KeyPlayerOptions,
  type KeyPlayerResult,
} from "./key-player.ts";
export {
  simulateDirectedDisruption,
  type DirectedDisruptionResult,
  type DirectedDisruptionStep,
  type DirectedRanker,
} from "./directed-simulate.ts";
export {
  DIRECTED_RANKER_DEFAULTS,
  DIRECTED_RANKER_PARAMETERS,
  directedRanker,
  type DirectedRankerOptions,
} from "./directed-rankers.ts";
export {
  DIRECTED_RANKINGS,
  DISRUPTION_RANKINGS,
  UNDIRECTED_RANKINGS,
  type DirectedRanking,
} from "./ranking-names.ts";
