/**
 * Disruption simulation: remove persons from a network step by step and watch
 * it fall apart, as in the dismantling studies of criminal networks
 * (e.g. Duijn, Kashirin & Sloot, "The relative ineffectiveness of criminal
 * network disruption", Scientific Reports 4:4238, 2014) and the attack
 * strategies of Holme, Kim, Yoon & Han, "Attack vulnerability of complex
 * networks", Physical Review E 65:056109 (2002): removal by a ranking that is
 * recomputed on the remaining network (sequential, one at a time, or in blocks)
 * or by a given list.
 *
 * After each step it reports the largest connected component (LCC), its size
 * relative to the intact one as 1 − |LCC − LCC0| / LCC0, the number of
 * components and Borgatti's fragmentation (components.ts).
 *
 * Ties: among equal scores the node with the lower index in the CSR (the
 * earlier in the input order) is removed first. Cost: O(steps × (n + m)) plus
 * the ranker's cost per step.
 */
import type { WorkProgress } from "../progress.ts";
import type { Csr } from "../csr.ts";
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";
import { connectedComponents, fragmentation, type Components } from "./components.ts";
import type { Ranker } from "./rankers.ts";

/**
 * Whom to remove: a fixed list of node ids, in order, or the top of a ranking.
 * `Rank` is a {@link Ranker} on the undirected index; the directed simulation
 * (directed-simulate.ts) passes its own kind of ranker.
 */
export type DisruptionStrategy<Rank = Ranker> =
  { kind: "ids"; ids: readonly string[] } | { kind: "ranking"; rank: Rank; label: string };

/** Sequential removes one node per step; block removes `blockSize` per step. */
export type DisruptionMode = "sequential" | "block";

export interface DisruptionOptions<Rank = Ranker> {
  strategy: DisruptionStrategy<Rank>;
  /** Default "sequential": the ranking is recomputed after every single removal. */
  mode?: DisruptionMode;
  /** Nodes removed per step in block mode; default 5. Ignored in sequential mode. */
  blockSize?: number;
  /**
   * Number of removal steps. Default: for a list of ids, as many as the list
   * needs; for a ranking, 10. The simulation stops early when the list is
   * exhausted or no node is left.
   */
  steps?: number;
}

export const DISRUPTION_PARAMETERS: Parameters<{
  mode: DisruptionMode;
  blockSize: number;
  steps: number;
}> = {
  mode: {
    type: "string",
    default: "sequential",
    choices: ["sequential", "block"],
    description: "sequential (ranking recomputed after each removal) or block",
  },
  blockSize: { type: "integer", default: 5, min: 1, description: "persons removed per block" },
  steps: {
    type: "integer",
    default: 10,
    min: 0,
    description: "removal steps (by default, as many as a list of ids needs)",
  },
};
export const DISRUPTION_DEFAULTS = defaultsOf(DISRUPTION_PARAMETERS);

/** The state of the network after one step; step 0 is the intact network. */
export interface DisruptionStep {
  step: number;
  /** Ids removed in this step, in the order chosen. */
  removed: string[];
  /** Size of the largest connected component. */
  lcc: number;
  /** 1 − |lcc − lcc0| / lcc0: 1 for the intact network, 0 when nothing is left. */
  lccFraction: number;
  /** Number of connected components among the remaining nodes (isolates included). */
  components: number;
  /** Borgatti's fragmentation over the remaining nodes. */
  fragmentation: number;
}

export interface DisruptionResult {
  /** "ids" or the ranking's label. */
  strategy: string;
  mode: DisruptionMode;
  /** Nodes removed per step: 1 in sequential mode. */
  perStep: number;
  /** Largest component of the intact network. */
  lcc0: number;
  steps: DisruptionStep[];
}

/**
 * Simulates the removal of nodes from `csr` and reports the network after each step.
 *
 * @example
 *   const result = simulateDisruption(csr, {
 *     strategy: { kind: "ranking", rank: degreeRanker, label: "degree" },
 *     mode: "block",
 *     blockSize: 5,
 *     steps: 4,
 *   });
 *   result.steps.map((s) => s.lccFraction); // [1, ..., ...]
 */
export function simulateDisruption(
  csr: Csr,
  options: DisruptionOptions,
  progress?: WorkProgress,
): DisruptionResult {
  const { strategy } = options;
  const { mode, perStep, history } = runRemovals(
    csr.ids,
    { ...options, strategy: scoring(strategy, csr) },
    (alive) => connectedComponents(csr, alive),
    progress,
  );
  const lcc0 = history[0]!.state.largest;
  return {
    strategy: strategy.kind === "ids" ? "ids" : strategy.label,
    mode,
    perStep,
    lcc0,
    steps: history.map(({ step, removed, state }) => ({
      step,
      removed,
      ...lccFigures(state, lcc0),
      components: state.count,
      fragmentation: fragmentation(state),
    })),
  };
}

/** The largest component and 1 − |lcc − lcc0| / lcc0. */
export function lccFigures(
  components: Components,
  lcc0: number,
): { lcc: number; lccFraction: number } {
  return {
    lcc: components.largest,
    lccFraction: lcc0 === 0 ? 1 : 1 - Math.abs(components.largest - lcc0) / lcc0,
  };
}

/** Scores of every node on the network restricted to `alive`; higher is removed first. */
export type Scorer = (alive: Uint8Array) => Float64Array;

/** A ranking strategy whose ranker is bound to one network (undirected or directed). */
export function scoring<Network>(
  strategy: DisruptionStrategy<(network: Network, alive: Uint8Array) => Float64Array>,
  network: Network,
): DisruptionStrategy<Scorer> {
  if (strategy.kind !== "ranking") return strategy;
  const { rank } = strategy;
  if (typeof rank !== "function" || !strategy.label) {
    throw new Error("disruption/simulate: a ranking strategy needs a rank function and a label");
  }
  return { ...strategy, rank: (alive) => rank(network, alive) };
}

/**
 * The removal loop shared by the undirected and the directed simulation:
 * checks the options, chooses the victims of each step and measures the
 * network after it with `measure` (step 0 is the intact network);
 * `progress` counts the steps.
 */
export function runRemovals<State extends { aliveCount: number }>(
  ids: readonly string[],
  options: DisruptionOptions<Scorer>,
  measure: (alive: Uint8Array) => State,
  progress?: WorkProgress,
): {
  mode: DisruptionMode;
  perStep: number;
  history: { step: number; removed: string[]; state: State }[];
} {
  const { strategy, ...settings } = options;
  const resolved = resolveOptions("disruption/simulate", DISRUPTION_PARAMETERS, settings);
  const { mode, blockSize } = resolved;
  const perStep = mode === "sequential" ? 1 : blockSize;
  const next = victimChooser(ids, strategy, perStep);
  const steps = settings.steps === undefined ? next.defaultSteps : resolved.steps;
  const alive = new Uint8Array(ids.length).fill(1);
  let state = measure(alive);
  const history = [{ step: 0, removed: [] as string[], state }];
  for (let step = 1; step <= steps && state.aliveCount > 0; step++) {
    progress?.(step - 1, steps);
    const victims = next.choose(alive);
    if (victims.length === 0) break;
    for (const v of victims) alive[v] = 0;
    state = measure(alive);
    history.push({ step, removed: victims.map((v) => ids[v]!), state });
  }
  return { mode, perStep, history };
}

interface VictimChooser {
  defaultSteps: number;
  /** The next alive nodes to remove, at most perStep; empty when the strategy is spent. */
  choose: (alive: Uint8Array) => number[];
}

function victimChooser(
  ids: readonly string[],
  strategy: DisruptionStrategy<Scorer>,
  perStep: number,
): VictimChooser {
  if (strategy.kind === "ids") {
    const order = indicesOf(ids, strategy.ids);
    let position = 0;
    return {
      defaultSteps: Math.ceil(order.length / perStep),
      choose: () => {
        const victims = order.slice(position, position + perStep);
        position += victims.length;
        return victims;
      },
    };
  }
  if (strategy.kind === "ranking") {
    return {
      defaultSteps: DISRUPTION_DEFAULTS.steps,
      choose: (alive) => topAlive(strategy.rank(alive), alive, perStep),
    };
  }
  throw new Error(
    `disruption/simulate: unknown strategy kind ${String((strategy as { kind: unknown }).kind)}`,
  );
}

function indicesOf(nodeIds: readonly string[], ids: readonly string[]): number[] {
  const indexOf = new Map<string, number>();
  nodeIds.forEach((id, i) => indexOf.set(id, i));
  const seen = new Set<string>();
  return ids.map((id) => {
    const index = indexOf.get(id);
    if (index === undefined) throw new Error(`disruption/simulate: unknown node id ${id}`);
    if (seen.has(id)) throw new Error(`disruption/simulate: node id ${id} is listed twice`);
    seen.add(id);
    return index;
  });
}

/**
 * The `count` best alive nodes, best first: higher score, then lower index.
 * Keeps a sorted buffer of `count` entries, so most nodes cost one comparison.
 */
export function topAlive(scores: Float64Array, alive: Uint8Array, count: number): number[] {
  if (scores.length !== alive.length) {
    throw new Error(
      `disruption/simulate: ranking returned ${scores.length} scores for ${alive.length} nodes`,
    );
  }
  const chosen: number[] = [];
  for (let v = 0; v < scores.length; v++) {
    if (alive[v] === 0) continue;
    const score = scores[v]!;
    if (Number.isNaN(score)) {
      throw new Error(`disruption/simulate: ranking gave NaN for alive node ${v}`);
    }
    let position = chosen.length;
    if (position === count) {
      // Nodes come in increasing index, so an equal score loses to the one already kept.
      if (!(score > scores[chosen[count - 1]!]!)) continue;
      position = count - 1;
    } else {
      chosen.push(v);
    }
    while (position > 0 && score > scores[chosen[position - 1]!]!) {
      chosen[position] = chosen[position - 1]!;
      position--;
    }
    chosen[position] = v;
  }
  return chosen;
}
