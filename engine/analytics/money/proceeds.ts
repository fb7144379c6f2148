/**
 * The proceeds of smuggling and exploitation, followed one step: the euros
 * smuggled persons and victims paid an actor, and the part of such money
 * that those who collected it passed on to the actor. Migrants pay their
 * journey to whoever collects for the network — often a hawala broker who
 * holds the fee until arrival and passes it to the organiser (P. Campana,
 * "Out of Africa: the organization of migrant smuggling across the
 * Mediterranean", European Journal of Criminology 15(4), 2018; UNODC,
 * *Global Study on Smuggling of Migrants*, 2018) — and victims of
 * trafficking pay their exploiters. Following the proceeds is the financial
 * investigator's first question (FATF Recommendation 30); one step reaches
 * the collector and whom the collector serves, which is where the records
 * set a smuggling network's money apart from a drug ring's or a shop's.
 *
 * A collector u passes on at most what it collected and at most what it
 * paid out, p(u) = min(collected(u), out(u)), spread over its receivers by
 * their share of its outgoing euros. Companies count as the persons behind
 * them (payments.ts); everyday hubs (a remittance counter migrants use)
 * neither count as collectors nor receive.
 */
import type { ActorMoney } from "./actor-money.ts";
import type { Payments } from "./payments.ts";

export interface Proceeds {
  /** Per actor, euros: collected from smuggled persons and victims, and passed on to it by collectors. */
  score: Float64Array;
  /** Per actor: euros collected directly from smuggled persons and victims. */
  collected: Float64Array;
  /** Per actor: smuggled persons and victims who paid it directly. */
  payers: Int32Array;
  /** Per actor: the collector who passed it most, or -1. */
  topCollector: Int32Array;
}

/** `paying`: 1 for smuggled persons and victims; `open`: 1 for everyday hubs. */
export function proceeds(
  payments: Payments,
  money: readonly (ActorMoney | null)[],
  paying: Uint8Array,
  open: Uint8Array,
): Proceeds {
  const n = paying.length;
  const result: Proceeds = {
    score: new Float64Array(n),
    collected: new Float64Array(n),
    payers: new Int32Array(n),
    topCollector: new Int32Array(n).fill(-1),
  };
  for (const [payer, row] of payments) {
    if (!paying[payer]) continue;
    for (const [receiver, eur] of row) {
      if (open[receiver]) continue;
      result.collected[receiver]! += eur;
      result.payers[receiver]!++;
    }
  }
  result.score.set(result.collected);
  const best = new Float64Array(n);
  for (const [collector, row] of payments) {
    const out = money[collector]?.outEur ?? 0;
    const passed = Math.min(result.collected[collector]!, out);
    if (passed <= 0 || paying[collector] || open[collector]) continue;
    for (const [receiver, eur] of row) {
      if (open[receiver] || paying[receiver]) continue;
      const part = (passed * eur) / out;
      result.score[receiver]! += part;
      if (part > best[receiver]!) {
        best[receiver] = part;
        result.topCollector[receiver] = collector;
      }
    }
  }
  return result;
}
