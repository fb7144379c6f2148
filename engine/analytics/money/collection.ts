/**
 * The collector's funnel: many smuggled persons or victims pay one person,
 * who passes what they collected up to one other. This is how smuggling
 * networks take their fees: migrants pay a hawaladar, a money-transfer agent
 * or a guarantor the network works with, who holds the fee until the journey
 * is done and remits it to the organiser (P. Campana, "Out of Africa: the
 * organization of migrant smuggling across the Mediterranean", European
 * Journal of Criminology 15(4), 2018; Europol & INTERPOL, *Migrant
 * smuggling networks*, joint report, 2016; UNODC, *Global Study on
 * Smuggling of Migrants*, 2018). The pattern is one of position, not of volume: the collector
 * may handle no more money than a lieutenant paid wages by the boss, and
 * nobody outside its network need pay it, yet the network's money reaches
 * the top through it.
 *
 * collection(v) = payers(v) × min(1, a(v→w) / collected(v)), where payers(v)
 * is how many smuggled persons and victims paid v (proceeds.ts), collected(v)
 * what they paid, and w the one v paid most. The count of payers, not the
 * euros, measures the collecting, so that a route where a crossing costs
 * EUR 800 weighs like one where it costs EUR 4,000; the share passed to one
 * receiver sets the collector apart from those who keep what migrants pay
 * them (a forger selling a passport) and from a remittance counter that
 * passes money on to many (an everyday hub, left out in any case). Payments
 * into a company count as payments to the persons behind it (payments.ts);
 * nothing paid to an everyday hub or back to a smuggled person or victim
 * counts as passed on.
 */
import type { Payments } from "./payments.ts";
import type { Proceeds } from "./proceeds.ts";

export interface Collection {
  /** Per actor: payers × the share of what they collected passed to one receiver. */
  score: Float64Array;
  /** Per actor: the receiver it passed most to, or -1 for one who collected nothing. */
  receiver: Int32Array;
  /** Per actor: euros passed to that receiver. */
  passed: Float64Array;
}

/** `paying`: 1 for smuggled persons and victims; `open`: 1 for everyday hubs. */
export function collection(
  payments: Payments,
  collected: Proceeds,
  paying: Uint8Array,
  open: Uint8Array,
): Collection {
  const n = paying.length;
  const result: Collection = {
    score: new Float64Array(n),
    receiver: new Int32Array(n).fill(-1),
    passed: new Float64Array(n),
  };
  for (const [collector, row] of payments) {
    const fees = collected.collected[collector]!;
    if (fees <= 0 || paying[collector] || open[collector]) continue;
    for (const [receiver, eur] of row) {
      if (open[receiver] || paying[receiver] || eur <= result.passed[collector]!) continue;
      result.passed[collector] = eur;
      result.receiver[collector] = receiver;
    }
    const share = Math.min(1, result.passed[collector]! / fees);
    result.score[collector] = collected.payers[collector]! * share;
  }
  return result;
}
