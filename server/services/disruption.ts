/**
 * Disruption simulation on the person network of a clearance view (the one
 * its analysis was computed on, or its directed view): remove a
 * given set of persons, or the top of a ranking recomputed as the network
 * falls apart, and report the largest-component curve (engine/analytics/disruption).
 */
import {
  degreeRanker,
  directedRanker,
  simulateDirectedDisruption,
  simulateDisruption,
  type DisruptionMode,
  type DisruptionStrategy,
} from "../../engine/analytics/index.ts";
import type { LevelView } from "./world.ts";

/** Rankings of the directed network; degree, then, is in-degree or out-degree. */
const DIRECTED_STRATEGIES = [
  "in-degree",
  "out-degree",
  "in-strength",
  "out-strength",
  "pagerank",
] as const;
export const STRATEGIES = ["ids", "degree", "target-score", ...DIRECTED_STRATEGIES] as const;
export type StrategyName = (typeof STRATEGIES)[number];

export interface DisruptionRequest {
  strategy: StrategyName;
  ids?: string[];
  steps?: number;
  mode?: DisruptionMode;
  blockSize?: number;
  /** On the directed network (calls caller to callee, transfers sender to receiver). */
  directed?: boolean;
}

/** A request the network cannot answer: unknown ids, a ranking of the other network. */
export class UnknownIdsError extends Error {}

export async function disrupt(view: LevelView, request: DisruptionRequest) {
  const networks = await view.networks();
  const options = {
    ...(request.mode && { mode: request.mode }),
    ...(request.blockSize && { blockSize: request.blockSize }),
    ...(request.steps !== undefined && { steps: request.steps }),
  };
  const directed = request.directed === true;
  const shared = sharedStrategy(view, networks.targetScores, request);
  if (directed) {
    const strategy =
      shared ??
      (isDirectedRanking(request.strategy)
        ? {
            kind: "ranking" as const,
            rank: directedRanker(request.strategy),
            label: request.strategy,
          }
        : wrongNetwork(request.strategy, true));
    return simulateDirectedDisruption(networks.directed, { strategy, ...options });
  }
  const strategy =
    shared ??
    (request.strategy === "degree"
      ? { kind: "ranking" as const, rank: degreeRanker, label: "degree" }
      : wrongNetwork(request.strategy, false));
  return simulateDisruption(networks.network, { strategy, ...options });
}

const isDirectedRanking = (name: string): name is (typeof DIRECTED_STRATEGIES)[number] =>
  (DIRECTED_STRATEGIES as readonly string[]).includes(name);

function wrongNetwork(strategy: string, directed: boolean): never {
  throw new UnknownIdsError(
    `strategy ${strategy} needs ${directed ? "the undirected network (directed false)" : "directed: true"}`,
  );
}

/** The strategies that work alike on either network: given ids, and the target ranking. */
function sharedStrategy(
  view: LevelView,
  targetScores: Float64Array,
  request: DisruptionRequest,
): DisruptionStrategy<(network: unknown, alive: Uint8Array) => Float64Array> | null {
  if (request.strategy === "ids") {
    const ids = request.ids ?? [];
    const unknown = ids.filter((id) => !view.person.has(id)).length;
    // The count, never the ids: whether an id exists above the caller's clearance must not show.
    if (unknown > 0 || ids.length === 0) {
      throw new UnknownIdsError(
        ids.length === 0
          ? "strategy ids needs a non-empty ids list"
          : `${unknown} of the ids are not persons or organisations of the network`,
      );
    }
    return { kind: "ids", ids };
  }
  if (request.strategy !== "target-score") return null;
  // Both networks number their nodes as the person network does.
  // Every person who may be a target has a score; the others (-1) come last.
  return { kind: "ranking", rank: () => targetScores, label: "target-score" };
}
