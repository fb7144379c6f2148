/**
 * The chosen set, simulated: the board's approved members (or any subset)
 * removed one by one from the person network, beside the best set of the
 * same size that the greedy key-player search finds (Borgatti 2006, greedy
 * then swaps: engine/analytics/disruption/key-player.ts), and the single
 * swaps — one chosen person out, one other in — that would leave the network
 * more fragmented, best first. The chosen curve is the disruption
 * simulation of those ids as `crosslink disrupt --ids` runs it.
 */
import type { AnalysedView } from "./snapshot.ts";
import {
  fragmentationFromPairs,
  keyPlayers,
  pairsAfterRemoval,
  simulateDisruption,
  type Csr,
  type DisruptionResult,
} from "../analytics/index.ts";

export interface SetFigures {
  ids: string[];
  /** Borgatti's fragmentation of what is left without the set (1: nothing left connected). */
  fragmentation: number;
  /** Largest component left, as a fraction of the intact one (1 − |LCC − LCC0| / LCC0). */
  lccFraction: number;
  /** Removed one by one in this order: step 0 the intact network. */
  curve: DisruptionResult;
}

export interface Swap {
  out: string;
  in: string;
  /** Fragmentation of the chosen set with this one swap made. */
  fragmentation: number;
}

export interface BoardSimulation {
  chosen: SetFigures;
  /** The key-player set of the same size. */
  best: SetFigures;
  /** Swaps that raise the chosen set's fragmentation, the largest gain first (at most one per member). */
  swaps: Swap[];
  /** Members not in the person network (no tie at all), left out of the simulation. */
  outside: string[];
  /** The name of every person above, as the view shows it: who is removed, not only an id. */
  names: Record<string, string>;
}

/** The simulation of `ids` on the view's person network (already cut to its reader's clearance). */
export function simulateBoardSet(view: AnalysedView, ids: readonly string[]): BoardSimulation {
  const { csr } = view.network;
  const known = new Set(csr.ids);
  const inside = ids.filter((id) => known.has(id));
  const best = keyPlayers(csr, { k: inside.length });
  const simulation = {
    chosen: figures(csr, inside),
    best: figures(csr, best.ids),
    swaps: swapsFor(csr, inside),
    outside: ids.filter((id) => !known.has(id)),
  };
  const named = [...ids, ...simulation.best.ids, ...simulation.swaps.map((swap) => swap.in)].filter(
    (id) => view.graph.hasNode(id),
  );
  const names = Object.fromEntries(
    [...new Set(named)].sort().map((id) => [id, String(view.graph.getNodeAttribute(id, "label"))]),
  );
  return { ...simulation, names };
}

function figures(csr: Csr, ids: readonly string[]): SetFigures {
  const curve = simulateDisruption(csr, { strategy: { kind: "ids", ids } });
  const last = curve.steps.at(-1)!;
  return {
    ids: [...ids],
    fragmentation: last.fragmentation,
    lccFraction: last.lccFraction,
    curve,
  };
}

/** For each member: with the others removed, the one node whose removal instead leaves fewest pairs. */
function swapsFor(csr: Csr, ids: readonly string[]): Swap[] {
  const index = new Map(csr.ids.map((id, i) => [id, i]));
  const alive = new Uint8Array(csr.nodeCount).fill(1);
  for (const id of ids) alive[index.get(id)!] = 0;
  const remaining = csr.nodeCount - ids.length;
  const swaps: Swap[] = [];
  for (const id of ids) {
    const member = index.get(id)!;
    alive[member] = 1;
    const { pairsAfter } = pairsAfterRemoval(csr, alive);
    let best = member;
    for (let v = 0; v < csr.nodeCount; v++) {
      if (alive[v] !== 0 && pairsAfter[v]! < pairsAfter[best]!) best = v;
    }
    if (best !== member) {
      swaps.push({
        out: id,
        in: csr.ids[best]!,
        fragmentation: fragmentationFromPairs(pairsAfter[best]!, remaining),
      });
    }
    alive[member] = 0;
  }
  return swaps.sort((a, b) => b.fragmentation - a.fragmentation || (a.out < b.out ? -1 : 1));
}
