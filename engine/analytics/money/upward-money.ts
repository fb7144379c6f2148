/**
 * Money concentrating upward: how much of their payers' outgoing money
 * reaches an actor. Each payer u contributes c(u) · a(u→v) · a(u→v) / out(u):
 * the euros it sent v, weighted by the share of all it sent that went to v,
 * and by how much of a conduit u is, c(u) = min(out/in, in/out) (1 for a
 * payer with nothing coming in). A money broker passing nearly all it
 * collects to one boss gives that boss almost everything; a boss paying
 * wages keeps most of what comes in and gives each only a sliver; a boss
 * buying goods pays from its own till, far more than it passed on. So the
 * measure grows along the chain clients → brokers → organiser, and not back
 * down along wages or out to suppliers, which a plain in-flow cannot tell.
 *
 * Money into the companies a person stands behind counts as received by the
 * person, at their share (payments.ts). The weighting by the payer's share
 * is a Herfindahl-style concentration (Herfindahl 1950) of each payer's
 * outflows, applied to the hierarchy of criminal money flows that Morselli
 * (*Inside Criminal Networks*, 2009) and Malm & Bichler ("Using friends for
 * money", Trends in Organized Crime 16(4), 2013) describe: money
 * moves up to those who direct.
 */
import type { ActorMoney } from "./actor-money.ts";
import type { Payments } from "./payments.ts";

export interface UpwardMoney {
  /** Per actor, in euros (a ranking figure). */
  score: Float64Array;
  /** Per actor: payers contributing to it. */
  payers: Int32Array;
  /** Per actor: the payer contributing most, or -1. */
  topPayer: Int32Array;
}

export function upwardMoney(
  payments: Payments,
  money: readonly (ActorMoney | null)[],
): UpwardMoney {
  const n = money.length;
  const result: UpwardMoney = {
    score: new Float64Array(n),
    payers: new Int32Array(n),
    topPayer: new Int32Array(n).fill(-1),
  };
  const best = new Float64Array(n);
  for (const [payer, row] of payments) {
    const m = money[payer];
    const out = m?.outEur ?? 0;
    if (!m || out <= 0) continue;
    const conduit = m.inEur > 0 ? Math.min(out / m.inEur, m.inEur / out) : 1;
    for (const [receiver, eur] of row) {
      const part = (conduit * eur * Math.min(eur, out)) / out;
      if (part <= 0) continue;
      result.score[receiver]! += part;
      result.payers[receiver]!++;
      if (part > best[receiver]!) {
        best[receiver] = part;
        result.topPayer[receiver] = payer;
      }
    }
  }
  return result;
}
