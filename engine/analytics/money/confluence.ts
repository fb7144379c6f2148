/**
 * Money paid where several networks' money meets: the euros an actor pays to
 * each receiver, weighted by how many communities' money meets at that
 * receiver beyond one. A laundering service sells to several criminal
 * clients (FATF, *Professional Money Laundering*, 2018; J. Kramer et al.,
 * "Money laundering as a service", Trends in Organized Crime 26(3), 2023; on
 * the launderers' place in criminal networks, A. Malm & G. Bichler, "Using
 * friends for money", Trends in Organized Crime 16(4), 2013), so the
 * companies it runs, and the person behind them, receive from payers of
 * many communities; whoever pays into them places money into that shared
 * pool. Money paid to a boss fed by their own people alone meets nothing,
 * whatever its size.
 *
 * The meeting at a receiver w is the effective number of paying
 * communities, D(w) = (Σ_c a_c)² / Σ_c a_c², where a_c is what w received
 * from people of community c (the inverse Herfindahl index, Herfindahl
 * 1950): 1 for money from one community, c for equal money from c of them,
 * and a community sending a sliver adds a sliver. A receiver is a pool when
 * D(w) ≥ `MIN_SOURCES` (3): where two communities' money meets there is a
 * bridge or a border, not a service to several networks. The score of a
 * payer v is Σ over pools w of a(v→w) · (D(w) − 1). Companies count as the
 * persons behind them at their share (payments.ts), so paying a shell
 * company counts the meeting at the company and at its controller, and a
 * controller whose companies each take a client or two still shows where
 * the clients meet; companies' own payments (layering, trade) are no origin
 * of money, and an everyday hub (a remittance counter every network's
 * migrants use) is no pool. Everything used is in any transfer record — who
 * paid whom, how much — and the communities the analysis found; no role.
 */
import type { MoneyOrigins } from "./cross-money.ts";
import type { Payments } from "./payments.ts";

export interface Confluence {
  /** Per actor, in euros (a ranking figure). */
  score: Float64Array;
  /** Per actor: effective number of communities whose money it received, 0 for none. */
  sources: Float64Array;
  /** Per actor: the receiver contributing most to its score, or -1. */
  topReceiver: Int32Array;
}

/** A receiver is a pool where at least this many communities' money meets (effective number). */
export const MIN_SOURCES = 3;

export function confluence(payments: Payments, input: MoneyOrigins): Confluence {
  const { communities, origins, open } = input;
  const n = communities.length;
  const received: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const [payer, row] of payments) {
    if (!origins[payer]) continue;
    const from = communities[payer]!;
    for (const [receiver, eur] of row) {
      const byCommunity = received[receiver]!;
      byCommunity.set(from, (byCommunity.get(from) ?? 0) + eur);
    }
  }
  const result: Confluence = {
    score: new Float64Array(n),
    sources: new Float64Array(n),
    topReceiver: new Int32Array(n).fill(-1),
  };
  const pool = new Uint8Array(n).fill(1);
  for (let w = 0; w < n; w++) {
    let sum = 0;
    let squares = 0;
    for (const eur of received[w]!.values()) {
      sum += eur;
      squares += eur * eur;
    }
    if (squares > 0) result.sources[w] = (sum * sum) / squares;
    if (open[w] || result.sources[w]! < MIN_SOURCES) pool[w] = 0;
  }
  for (const [payer, row] of payments) {
    let best = 0;
    for (const [receiver, eur] of row) {
      const part = pool[receiver] ? eur * (result.sources[receiver]! - 1) : 0;
      if (part <= 0) continue;
      result.score[payer]! += part;
      if (part > best) {
        best = part;
        result.topReceiver[payer] = receiver;
      }
    }
  }
  return result;
}
