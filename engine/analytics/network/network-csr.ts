/**
 * The CSR index (csr.ts) of a tie table, written directly from the ties
 * rather than through an edge list, with `tieOf` parallel to the index's
 * half-edges so that any score can be traced back to its evidence.
 *
 * Ties are sorted by (a, b) with a < b. Filling first every tie's b ← a half
 * (a ascending) then every a ← b half (b ascending) leaves each node's
 * neighbours sorted, as the index requires, without another sort.
 */
import type { Csr } from "../csr.ts";
import { EVERY, type WorkProgress } from "../progress.ts";
import type { TieTable } from "./tie-table.ts";

/** `progress`: halves placed. */
export function csrOfTies(
  ids: readonly string[],
  ties: TieTable,
  progress?: WorkProgress,
): { csr: Csr; tieOf: Uint32Array } {
  const n = ids.length;
  const offsets = new Uint32Array(n + 1);
  for (let t = 0; t < ties.count; t++) {
    offsets[ties.a[t]! + 1]!++;
    offsets[ties.b[t]! + 1]!++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const cursor = offsets.slice(0, n);
  const targets = new Uint32Array(2 * ties.count);
  const weights = new Float64Array(2 * ties.count);
  const tieOf = new Uint32Array(2 * ties.count);
  const place = (from: number, to: number, t: number) => {
    const k = cursor[from]!++;
    targets[k] = to;
    weights[k] = ties.weight[t]!;
    tieOf[k] = t;
  };
  for (let t = 0; t < ties.count; t++) {
    if ((t & EVERY) === 0) progress?.(t, 2 * ties.count);
    place(ties.b[t]!, ties.a[t]!, t);
  }
  for (let t = 0; t < ties.count; t++) {
    if ((t & EVERY) === 0) progress?.(ties.count + t, 2 * ties.count);
    place(ties.a[t]!, ties.b[t]!, t);
  }
  return {
    csr: { nodeCount: n, ids, offsets, targets, weights, edgeCount: ties.count },
    tieOf,
  };
}
