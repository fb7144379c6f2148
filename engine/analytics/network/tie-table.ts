/**
 * Groups evidence items into ties, one per pair of actors, and gives each its
 * weight: Σ_kind weight[kind] · log2(1 + Σ strength of that kind's items),
 * except for rows of an edge list from another tool, whose own weights are
 * summed as they are (the convention of csr.ts and of the reference values).
 *
 * Items are ordered by (a, b, item) with two stable counting sorts, on b and
 * then on a (no comparison sort of each actor's items), so the ties come out
 * in a fixed order whatever the order of the records.
 */
import { EVERY, type WorkProgress } from "../progress.ts";
import type { EvidenceItems } from "./evidence-items.ts";
import { TIE_KINDS, type TieWeights } from "./options.ts";

const EDGE_LIST = TIE_KINDS.indexOf("edge_list");

export interface TieTable {
  count: number;
  /** Lower and higher actor index of each tie (for arcs, analytics/directed: from and to). */
  a: Uint32Array;
  b: Uint32Array;
  weight: Float64Array;
  /** Bit k set when the tie has evidence of TIE_KINDS[k]. */
  kindMask: Uint16Array;
  /** The items of tie t are itemOrder[itemOffsets[t] .. itemOffsets[t + 1]). */
  itemOffsets: Uint32Array;
  itemOrder: Uint32Array;
}

/** The columns of evidence items that make ties: a directed view passes its arcs' items here too. */
export type TieItems = Pick<EvidenceItems, "length" | "a" | "b" | "kind" | "strength">;

/** `progress`: actors sorted, ties counted, then items grouped (a third each). */
export function buildTieTable(
  items: TieItems,
  actorCount: number,
  weights: TieWeights,
  progress?: WorkProgress,
): TieTable {
  const n = items.length;
  // Two stable counting sorts, on b then on a: items ordered by (a, b, index) in O(n + actors).
  progress?.(0, 3 * actorCount);
  const byB = countingOrder(items.b, null, n, actorCount);
  const order = countingOrder(items.a, byB, n, actorCount);

  let count = 0;
  for (let k = 0; k < n; k++) {
    if ((k & EVERY) === 0) progress?.(n + k, 3 * n);
    const i = order[k]!;
    const previous = k > 0 ? order[k - 1]! : -1;
    if (previous < 0 || items.a[previous] !== items.a[i] || items.b[previous] !== items.b[i])
      count++;
  }
  const table: TieTable = {
    count,
    a: new Uint32Array(count),
    b: new Uint32Array(count),
    weight: new Float64Array(count),
    kindMask: new Uint16Array(count),
    itemOffsets: new Uint32Array(count + 1),
    itemOrder: order,
  };
  const kindWeights = TIE_KINDS.map((kind) => weights[kind]);
  const strength = new Float64Array(TIE_KINDS.length);
  let t = -1;
  const close = () => {
    if (t < 0) return;
    let weight = 0;
    for (let kind = 0; kind < strength.length; kind++) {
      if (strength[kind]! === 0) continue;
      weight +=
        kindWeights[kind]! *
        (kind === EDGE_LIST ? strength[kind]! : Math.log2(1 + strength[kind]!));
    }
    table.weight[t] = weight;
    strength.fill(0);
  };
  for (let k = 0; k < n; k++) {
    if ((k & EVERY) === 0) progress?.(2 * n + k, 3 * n);
    const i = order[k]!;
    if (t < 0 || table.a[t] !== items.a[i] || table.b[t] !== items.b[i]) {
      close();
      t++;
      table.a[t] = items.a[i]!;
      table.b[t] = items.b[i]!;
      table.itemOffsets[t] = k;
    }
    strength[items.kind[i]!]! += items.strength[i]!;
    table.kindMask[t]! |= 1 << items.kind[i]!;
  }
  close();
  table.itemOffsets[count] = n;
  return table;
}

/**
 * The item indices of `within` (all items in order when null), stably
 * ordered by their key: a counting sort over keys below `keyCount`.
 */
function countingOrder(
  keys: Uint32Array,
  within: Uint32Array | null,
  n: number,
  keyCount: number,
): Uint32Array {
  const start = new Uint32Array(keyCount + 1);
  for (let i = 0; i < n; i++) start[keys[i]! + 1]!++;
  for (let v = 0; v < keyCount; v++) start[v + 1]! += start[v]!;
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const i = within ? within[k]! : k;
    order[start[keys[i]!]!++] = i;
  }
  return order;
}
