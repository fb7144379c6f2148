/**
 * Disruption of a directed network (analytics/directed): the same removals
 * as simulate.ts — a ranking recomputed on what is left, sequential or in
 * blocks, or a given list; ties to the higher score, then the node met first
 * in the input — but the network is measured by its strongly connected
 * components (who can still reach whom along calls and payments, both ways)
 * with the weakly connected ones beside them (who is still linked at all).
 */
import { strongComponents, weakComponents, type DirectedCsr } from "../directed/index.ts";
import { fragmentation } from "./components.ts";
import {
  lccFigures,
  runRemovals,
  scoring,
  type DisruptionMode,
  type DisruptionOptions,
} from "./simulate.ts";

/** Scores every node of a directed network restricted to `alive`; higher is removed first. */
export type DirectedRanker = (csr: DirectedCsr, alive: Uint8Array) => Float64Array;

export interface DirectedDisruptionStep {
  step: number;
  removed: string[];
  /** Size of the largest strongly connected component. */
  lcc: number;
  /** 1 − |lcc − lcc0| / lcc0 of the strongly connected components. */
  lccFraction: number;
  /** Number of strongly connected components (an alive node alone is one). */
  components: number;
  weakLcc: number;
  weakLccFraction: number;
  weakComponents: number;
  /** Borgatti's fragmentation over the weakly connected components. */
  weakFragmentation: number;
}

export interface DirectedDisruptionResult {
  strategy: string;
  mode: DisruptionMode;
  perStep: number;
  directed: true;
  /** Largest strongly and weakly connected component of the intact network. */
  lcc0: number;
  weakLcc0: number;
  steps: DirectedDisruptionStep[];
}

/**
 * @example
 *   simulateDirectedDisruption(directed.csr, {
 *     strategy: { kind: "ranking", rank: DIRECTED_RANKERS["out-degree"], label: "out-degree" },
 *     steps: 10,
 *   });
 */
export function simulateDirectedDisruption(
  csr: DirectedCsr,
  options: DisruptionOptions<DirectedRanker>,
): DirectedDisruptionResult {
  const { strategy } = options;
  const { mode, perStep, history } = runRemovals(
    csr.ids,
    { ...options, strategy: scoring(strategy, csr) },
    (alive) => {
      const strong = strongComponents(csr, alive);
      return { strong, weak: weakComponents(csr, alive), aliveCount: strong.aliveCount };
    },
  );
  const lcc0 = history[0]!.state.strong.largest;
  const weakLcc0 = history[0]!.state.weak.largest;
  return {
    strategy: strategy.kind === "ids" ? "ids" : strategy.label,
    mode,
    perStep,
    directed: true,
    lcc0,
    weakLcc0,
    steps: history.map(({ step, removed, state: { strong, weak } }) => {
      const weakFigures = lccFigures(weak, weakLcc0);
      return {
        step,
        removed,
        ...lccFigures(strong, lcc0),
        components: strong.count,
        weakLcc: weakFigures.lcc,
        weakLccFraction: weakFigures.lccFraction,
        weakComponents: weak.count,
        weakFragmentation: fragmentation(weak),
      };
    }),
  };
}
