/**
 * Disruption simulation on the person network of a clearance view: remove a
 * given set of persons, or the top of a ranking recomputed as the network
 * falls apart, and report the largest-component curve (engine/analytics/disruption).
 */
import {
  csrFromEdges,
  degreeRanker,
  type Csr,
  simulateDisruption,
  type DisruptionMode,
  type DisruptionStrategy,
} from "../../engine/analytics/index.ts";
import type { LevelView } from "./world.ts";

export const STRATEGIES = ["ids", "degree", "target-score"] as const;
export type StrategyName = (typeof STRATEGIES)[number];

export interface DisruptionRequest {
  strategy: StrategyName;
  ids?: string[];
  steps?: number;
  mode?: DisruptionMode;
  blockSize?: number;
}

export class UnknownIdsError extends Error {}

const csrs = new WeakMap<LevelView, Csr>();

function personCsr(view: LevelView): Csr {
  let csr = csrs.get(view);
  if (!csr) {
    csr = csrFromEdges(
      view.analysis.ties.map((tie) => ({ source: tie.source, target: tie.target })),
      view.analysis.persons.map((person) => person.id),
    );
    csrs.set(view, csr);
  }
  return csr;
}

export function disrupt(view: LevelView, request: DisruptionRequest) {
  const csr = personCsr(view);
  const result = simulateDisruption(csr, {
    strategy: strategyOf(view, csr, request),
    ...(request.mode && { mode: request.mode }),
    ...(request.blockSize && { blockSize: request.blockSize }),
    ...(request.steps !== undefined && { steps: request.steps }),
  });
  return result;
}

function strategyOf(view: LevelView, csr: Csr, request: DisruptionRequest): DisruptionStrategy {
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
  if (request.strategy === "degree")
    return { kind: "ranking", rank: degreeRanker, label: "degree" };
  const scores = new Float64Array(csr.nodeCount);
  csr.ids.forEach((id, index) => (scores[index] = view.target.get(id)?.score ?? 0));
  return { kind: "ranking", rank: () => scores, label: "target-score" };
}
