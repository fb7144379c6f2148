/**
 * Money from other networks: the euros an actor received from people of
 * communities other than its own. A person paid by another network works for
 * it — the drug ring paying a smuggler's driver, several organisers paying
 * the companies someone stands behind — which is brokerage on the flow of
 * money between groups (the liaison and itinerant roles of Gould &
 * Fernandez, "Structures of mediation", Sociological Methodology 19, 1989;
 * brokers serving several groups: Morselli, *Inside Criminal Networks*,
 * 2009, ch. 5). Companies count as the persons behind them (payments.ts);
 * only people's payments count as the origin of money, and not those of
 * everyday hubs (a remittance counter paying families abroad moves no
 * network's money), whose receipts do not count either. Nor do smuggled
 * persons' and victims' payments: a fare is the price of a journey, not a
 * network paying someone for work (a forger paid by migrants who travel with
 * other networks is not paid by those networks); proceeds.ts and
 * collection.ts read fares.
 */
import type { Payments } from "./payments.ts";

export interface MoneyOrigins {
  /** Community per actor. */
  communities: Int32Array;
  /** 1 for actors whose payments count as the origin of money: persons who are no everyday hub. */
  origins: Uint8Array;
  /** 1 for receivers whose receipts say nothing about networks (everyday hubs). */
  open: Uint8Array;
}

export interface CrossMoney {
  /** Per actor: euros received from people of other communities. */
  score: Float64Array;
  /** Per actor: the paying communities other than its own. */
  communities: Int32Array;
  /** Per actor: the payer from another community who paid most, or -1. */
  topPayer: Int32Array;
}

/** `paying`: 1 for smuggled persons and victims, whose fares are left out. */
export function crossMoney(
  payments: Payments,
  input: MoneyOrigins,
  paying: Uint8Array,
): CrossMoney {
  const { communities, origins, open } = input;
  const n = communities.length;
  const result: CrossMoney = {
    score: new Float64Array(n),
    communities: new Int32Array(n),
    topPayer: new Int32Array(n).fill(-1),
  };
  const payingCommunities: Set<number>[] = Array.from({ length: n }, () => new Set());
  const best = new Float64Array(n);
  for (const [payer, row] of payments) {
    if (!origins[payer] || paying[payer]) continue;
    for (const [receiver, eur] of row) {
      if (open[receiver] || communities[receiver] === communities[payer]) continue;
      result.score[receiver]! += eur;
      payingCommunities[receiver]!.add(communities[payer]!);
      if (eur > best[receiver]!) {
        best[receiver] = eur;
        result.topPayer[receiver] = payer;
      }
    }
  }
  for (let v = 0; v < n; v++) result.communities[v] = payingCommunities[v]!.size;
  return result;
}
