/**
 * The directed person network, built from the same evidence items as the
 * undirected one (network/person-network.ts), so both views always agree on
 * who is tied to whom: a call runs from caller to callee, a transfer from
 * sender to receiver, an edge-list row from source to target; evidence
 * without a direction (a shared phone, vehicle or account, the same case, the
 * same route on the same day, a declared association) gives an arc each way.
 *
 * An arc's weight follows the undirected rule on the items that run its way:
 * Σ_kind weight[kind] · log2(1 + strength[kind]), edge-list weights summed as
 * they are (network/tie-table.ts does both). So an arc u→v weighs what the tie
 * u–v would weigh if only u's calls and payments to v (and the shared
 * evidence) had been recorded.
 *
 * Usage: `const directed = directedNetwork(personNetwork(graph))`; the arcs
 * feed the measures of this folder, `arcEvidence(directed, k)` explains arc k.
 */
import {
  summariseItems,
  type PersonNetwork,
  type TieEvidence,
  type TieTable,
} from "../network/index.ts";
import { WAY_A_TO_B, WAY_B_TO_A } from "../network/evidence-items.ts";
import { buildTieTable } from "../network/tie-table.ts";
import { EVERY, span, type WorkProgress } from "../progress.ts";
import { directedCsrFromSortedArcs, type DirectedCsr } from "./directed-csr.ts";

export interface DirectedNetwork {
  /** Node i is actor i of the person network; arc k is position k of `csr.out`. */
  csr: DirectedCsr;
  /** The arcs as a tie table: `a` is the source, `b` the target. */
  arcs: TieTable;
  /** Evidence item (of `network.items`) behind each arc item the table's `itemOrder` points to. */
  itemOfArcItem: Uint32Array;
  network: PersonNetwork;
}

/** `progress`: the arcs listed (a tenth), then their table built (progress.ts). */
export function directedNetwork(network: PersonNetwork, progress?: WorkProgress): DirectedNetwork {
  const { items } = network;
  let count = 0;
  for (let i = 0; i < items.length; i++) count += items.way[i] === 0 ? 2 : 1;
  const arcItems = {
    length: count,
    a: new Uint32Array(count),
    b: new Uint32Array(count),
    kind: new Uint8Array(count),
    strength: new Float64Array(count),
  };
  const itemOfArcItem = new Uint32Array(count);
  let k = 0;
  const add = (from: number, to: number, i: number) => {
    arcItems.a[k] = from;
    arcItems.b[k] = to;
    arcItems.kind[k] = items.kind[i]!;
    arcItems.strength[k] = items.strength[i]!;
    itemOfArcItem[k++] = i;
  };
  for (let i = 0; i < items.length; i++) {
    if ((i & EVERY) === 0) progress?.(0.1 * i, items.length);
    const way = items.way[i]!;
    if (way !== WAY_B_TO_A) add(items.a[i]!, items.b[i]!, i);
    if (way !== WAY_A_TO_B) add(items.b[i]!, items.a[i]!, i);
  }
  const arcs = buildTieTable(
    arcItems,
    network.csr.nodeCount,
    network.options.weights,
    span(progress, 0.1, 0.95),
  );
  const csr = directedCsrFromSortedArcs(network.csr.ids, arcs.a, arcs.b, arcs.weight);
  return { csr, arcs, itemOfArcItem, network };
}

/** What arc k stands for: its kinds with counts, records, dates and the money sent along it. */
export interface ArcEvidence extends Omit<TieEvidence, "a" | "b"> {
  from: string;
  to: string;
}

export function arcEvidence(directed: DirectedNetwork, arc: number): ArcEvidence {
  const { arcs, itemOfArcItem, network } = directed;
  const itemIndices: number[] = [];
  for (let k = arcs.itemOffsets[arc]!; k < arcs.itemOffsets[arc + 1]!; k++) {
    itemIndices.push(itemOfArcItem[arcs.itemOrder[k]!]!);
  }
  return {
    from: directed.csr.ids[arcs.a[arc]!]!,
    to: directed.csr.ids[arcs.b[arc]!]!,
    weight: arcs.weight[arc]!,
    ...summariseItems(network, itemIndices),
  };
}
