/**
 * Evidence of several ties added up (a person's ties into another community,
 * the ties along a path), and the plain words that quote it in reasons:
 * "14 calls, 3 transfers, EUR 61,200".
 */
import { tieKindCount } from "../../model/labels.ts";
import { dateText, NO_DATE } from "./dates.ts";
import { TIE_KINDS, type TieKind } from "./options.ts";
import type { PersonNetwork } from "./person-network.ts";

export interface EvidenceSummary {
  ties: number;
  kinds: Partial<Record<TieKind, number>>;
  /** Transfers between the tied actors, either way, by currency. */
  amounts: Record<string, number>;
  first: string | null;
  last: string | null;
}

export function summariseTies(network: PersonNetwork, ties: Iterable<number>): EvidenceSummary {
  const { items, ties: table } = network;
  const counts = new Float64Array(TIE_KINDS.length);
  const amounts = new Float64Array(network.currencies.length);
  let first = Infinity;
  let last = -Infinity;
  let count = 0;
  for (const tie of ties) {
    count++;
    for (let k = table.itemOffsets[tie]!; k < table.itemOffsets[tie + 1]!; k++) {
      const i = table.itemOrder[k]!;
      counts[items.kind[i]!]!++;
      if (items.currency[i]! >= 0) amounts[items.currency[i]!]! += items.amount[i]!;
      const date = items.date[i]!;
      if (date !== NO_DATE) {
        if (date < first) first = date;
        if (date > last) last = date;
      }
    }
  }
  const kinds: Partial<Record<TieKind, number>> = {};
  TIE_KINDS.forEach((kind, k) => {
    if (counts[k]! > 0) kinds[kind] = counts[k]!;
  });
  const byCurrency: Record<string, number> = {};
  [...network.currencies]
    .map((code, c) => [code, amounts[c]!] as const)
    .filter(([, amount]) => amount > 0)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .forEach(([code, amount]) => (byCurrency[code] = roundMoney(amount)));
  return {
    ties: count,
    kinds,
    amounts: byCurrency,
    first: Number.isFinite(first) ? dateText(first) : null,
    last: Number.isFinite(last) ? dateText(last) : null,
  };
}

/** Money is printed to the cent; summing floats must not leave 0.30000000000000004. */
export const roundMoney = (amount: number): number => Math.round(amount * 100) / 100;

/** "14 calls, 3 transfers, EUR 61,200": kinds in contract order, then amounts by currency. */
export function describeEvidence(summary: EvidenceSummary): string {
  // Every TieKind has its nouns in the label table: tieKindCount's parameter type checks it.
  const parts = TIE_KINDS.filter((kind) => summary.kinds[kind]).map((kind) =>
    tieKindCount(kind, summary.kinds[kind]!),
  );
  for (const [code, amount] of Object.entries(summary.amounts))
    parts.push(formatMoney(code, amount));
  return parts.join(", ");
}

export function formatMoney(currency: string, amount: number): string {
  return `${currency} ${amount.toLocaleString("en-GB", { maximumFractionDigits: 0 })}`;
}
