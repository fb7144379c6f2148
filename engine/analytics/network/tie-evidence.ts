/**
 * What ties two actors, in words an analyst can check: the kinds of evidence
 * with their counts, the records (entity-graph edge keys) behind them, the
 * first and last date, and the money moved by currency.
 */
import { dateText, NO_DATE } from "./dates.ts";
import { NO_RECORD } from "./evidence-items.ts";
import { TIE_KINDS, type TieKind } from "./options.ts";
import type { PersonNetwork } from "./person-network.ts";

export interface TieEvidence {
  a: string;
  b: string;
  weight: number;
  /** Items per kind: calls, transfers, shared cases... */
  kinds: Partial<Record<TieKind, number>>;
  /** Distinct records behind the tie, sorted. */
  records: string[];
  first: string | null;
  last: string | null;
  /** Sum of transfers between the two, either way, by currency. */
  amounts: Record<string, number>;
}

export function tieEvidence(network: PersonNetwork, tie: number): TieEvidence {
  const { ties } = network;
  return {
    a: network.csr.ids[ties.a[tie]!]!,
    b: network.csr.ids[ties.b[tie]!]!,
    weight: ties.weight[tie]!,
    ...summariseItems(
      network,
      ties.itemOrder.subarray(ties.itemOffsets[tie], ties.itemOffsets[tie + 1]),
    ),
  };
}

/** Kinds, records, dates and amounts of some evidence items of the network (a tie's, or an arc's). */
export function summariseItems(
  network: PersonNetwork,
  itemIndices: ArrayLike<number>,
): Omit<TieEvidence, "a" | "b" | "weight"> {
  const { items } = network;
  const kinds: Partial<Record<TieKind, number>> = {};
  const records = new Set<string>();
  const amounts: Record<string, number> = {};
  let first = Infinity;
  let last = -Infinity;
  for (let k = 0; k < itemIndices.length; k++) {
    const i = itemIndices[k]!;
    const kind = TIE_KINDS[items.kind[i]!]!;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    for (const record of [items.record[i]!, items.secondRecord[i]!]) {
      if (record !== NO_RECORD) records.add(network.records[record]!);
    }
    const date = items.date[i]!;
    if (date !== NO_DATE) {
      first = Math.min(first, date);
      last = Math.max(last, date);
    }
    if (items.currency[i]! >= 0) {
      const code = network.currencies[items.currency[i]!]!;
      amounts[code] = (amounts[code] ?? 0) + items.amount[i]!;
    }
  }
  return {
    kinds,
    records: [...records].sort(),
    first: Number.isFinite(first) ? dateText(first) : null,
    last: Number.isFinite(last) ? dateText(last) : null,
    amounts,
  };
}
