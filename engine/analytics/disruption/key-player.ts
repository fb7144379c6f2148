/**
 * Key players for fragmentation (KPP-Neg): the k nodes whose removal leaves
 * the network most fragmented.
 *
 * S. P. Borgatti, "Identifying sets of key players in a social network",
 * Computational and Mathematical Organization Theory 12:21–34 (2006). Finding
 * the optimum is NP-hard; as Borgatti suggests, a greedy start is improved by
 * swapping members for non-members while that raises the fragmentation. Each
 * greedy pick and each swap trial scores every candidate at once with one
 * low-point DFS (removal-impact.ts), so the search costs O((k + rounds·k)(n + m)).
 *
 * Fragmentation is measured over the n − k nodes that remain (components.ts).
 * Ties: among candidates giving the same fragmentation, the lower node index
 * (earlier in the input order) wins; a swap is made only when it strictly
 * raises the fragmentation.
 */
import type { WorkProgress } from "../progress.ts";
import type { Csr } from "../csr.ts";
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";
import { connectedComponents, fragmentation } from "./components.ts";
import { pairsAfterRemoval } from "./removal-impact.ts";

export interface KeyPlayerOptions {
  /** Size of the key-player set, 0 ≤ k ≤ node count. */
  k: number;
  /**
   * Cap on the rounds of the swap pass that follows the greedy search (one
   * round tries to replace each member once); default 10, 0 for greedy only.
   */
  maxSwapRounds?: number;
}

export const KEY_PLAYER_PARAMETERS: Parameters<Required<Omit<KeyPlayerOptions, "k">>> = {
  maxSwapRounds: {
    type: "integer",
    default: 10,
    min: 0,
    description: "rounds of the swap pass after the greedy search (0 for greedy only)",
  },
};
export const KEY_PLAYER_DEFAULTS = defaultsOf(KEY_PLAYER_PARAMETERS);

export interface KeyPlayerResult {
  /** The key players, in the order of their positions in the set. */
  ids: string[];
  /** Their node indices, parallel to `ids`. */
  indices: number[];
  /** Fragmentation of the network without the set. */
  fragmentation: number;
  /** Fragmentation reached by the greedy search before swaps. */
  greedyFragmentation: number;
  /** Swap rounds run (the last one, if below the cap, made no swap). */
  swapRounds: number;
  /** Swaps made. */
  swaps: number;
}

/**
 * Finds a set of `k` key players whose removal maximises Borgatti's fragmentation.
 *
 * @example
 *   const { ids, fragmentation } = keyPlayers(csr, { k: 3 }); // greedy, then up to 10 swap rounds
 */
/** `progress`: searches made of the most the greedy picks and swap rounds can take. */
export function keyPlayers(
  csr: Csr,
  options: KeyPlayerOptions,
  progress?: WorkProgress,
): KeyPlayerResult {
  const { k, ...settings } = options;
  if (!Number.isInteger(k) || k < 0 || k > csr.nodeCount) {
    throw new Error(
      `disruption/key-player: k must be an integer from 0 to ${csr.nodeCount}, got ${k}`,
    );
  }
  const { maxSwapRounds } = resolveOptions(
    "disruption/key-player",
    KEY_PLAYER_PARAMETERS,
    settings,
  );

  const searches = k * (1 + maxSwapRounds);
  let searched = 0;
  const alive = new Uint8Array(csr.nodeCount).fill(1);
  const set: number[] = [];
  for (let pick = 0; pick < k; pick++) {
    progress?.(searched++, searches);
    const best = argminAlive(pairsAfterRemoval(csr, alive).pairsAfter, alive);
    alive[best] = 0;
    set.push(best);
  }
  const greedyFragmentation = fragmentation(connectedComponents(csr, alive));

  let swapRounds = 0;
  let swaps = 0;
  while (swapRounds < maxSwapRounds && k > 0) {
    swapRounds++;
    let swapped = false;
    for (let position = 0; position < k; position++) {
      const member = set[position]!;
      progress?.(searched++, searches);
      alive[member] = 1;
      const { pairsAfter } = pairsAfterRemoval(csr, alive);
      const candidate = argminAlive(pairsAfter, alive);
      const chosen = pairsAfter[candidate]! < pairsAfter[member]! ? candidate : member;
      alive[chosen] = 0;
      if (chosen !== member) {
        set[position] = chosen;
        swaps++;
        swapped = true;
      }
    }
    if (!swapped) break;
  }

  return {
    ids: set.map((v) => csr.ids[v]!),
    indices: set,
    fragmentation: fragmentation(connectedComponents(csr, alive)),
    greedyFragmentation,
    swapRounds,
    swaps,
  };
}

/** The alive node with the smallest value, the lowest index among equals. */
function argminAlive(values: Float64Array, alive: Uint8Array): number {
  let best = -1;
  for (let v = 0; v < values.length; v++) {
    if (alive[v] !== 0 && (best === -1 || values[v]! < values[best]!)) best = v;
  }
  return best;
}
