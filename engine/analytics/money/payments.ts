/**
 * Euros each payer sent each receiver, the companies a person stands behind
 * counting as the person (at their share, beneficial-ownership.ts): the
 * pairs that upward-money.ts and feeding.ts weigh.
 */
import { ownersOf, type BeneficialOwnership } from "./beneficial-ownership.ts";
import type { Ledger } from "./ledger.ts";

/** payer → receiver → euros. */
export type Payments = Map<number, Map<number, number>>;

export function paymentsWithOwners(
  ledger: Ledger,
  ownership: BeneficialOwnership,
  eurRates: Readonly<Record<string, number>>,
): Payments {
  const rate = ledger.currencies.map((code) => eurRates[code] ?? 0);
  const owners = ownersOf(ownership);
  const sent: Payments = new Map();
  const add = (payer: number, receiver: number, eur: number) => {
    if (payer === receiver) return;
    let row = sent.get(payer);
    if (!row) sent.set(payer, (row = new Map()));
    row.set(receiver, (row.get(receiver) ?? 0) + eur);
  };
  for (let t = 0; t < ledger.length; t++) {
    const payer = ledger.sender[t]!;
    const receiver = ledger.receiver[t]!;
    const eur = ledger.amount[t]! * rate[ledger.currency[t]!]!;
    add(payer, receiver, eur);
    for (const [person, share] of owners.get(receiver) ?? []) add(payer, person, share * eur);
  }
  return sent;
}
