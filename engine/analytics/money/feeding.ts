/**
 * Money fed up to leaders: what an actor pays to those whom money
 * concentrates on (upward-money.ts), each payment weighted by its share of
 * the actor's outgoing money and by how high the receiver stands (`standing`,
 * in [0, 1]). A money broker collects from many and passes nearly all to one
 * boss or into the boss's companies; a wage payer passes money down to
 * people nobody pays up to. Payments into a company count as payments to the
 * persons behind it, at their share (payments.ts).
 */
import type { ActorMoney } from "./actor-money.ts";
import type { Payments } from "./payments.ts";

export interface MoneyFed {
  /** Per actor, in euros (a ranking figure). */
  score: Float64Array;
  /** Per actor: the receiver it feeds most, or -1. */
  topReceiver: Int32Array;
}

export function moneyFedUp(
  payments: Payments,
  money: readonly (ActorMoney | null)[],
  standing: Float64Array,
): MoneyFed {
  const n = money.length;
  const result: MoneyFed = { score: new Float64Array(n), topReceiver: new Int32Array(n).fill(-1) };
  for (const [payer, row] of payments) {
    const out = money[payer]?.outEur ?? 0;
    if (out <= 0) continue;
    let best = 0;
    for (const [receiver, eur] of row) {
      const part = ((eur * Math.min(eur, out)) / out) * standing[receiver]!;
      result.score[payer]! += part;
      if (part > best) {
        best = part;
        result.topReceiver[payer] = receiver;
      }
    }
  }
  return result;
}
