/**
 * Money between pairs of actors: every flow from one person or organisation
 * to another by currency, with the number of transfers, the first and last
 * date and the transfers themselves (earliest first, capped), largest in
 * euros first. The pairwise table of the Analysis, which the API's money
 * flows and the exports read as it is.
 */
import { roundMoney } from "../network/index.ts";
import { EVERY, type WorkProgress } from "../progress.ts";
import type { Ledger } from "./ledger.ts";

/** Transfers cited per flow: enough to check a flow by hand, few enough to keep the Analysis small. */
export const FLOW_RECORD_CAP = 20;

export interface ActorFlow {
  from: string;
  to: string;
  currency: string;
  amount: number;
  /** Number of transfers from `from` to `to` in this currency. */
  transfers: number;
  /** Dates of the earliest and latest of them (YYYY-MM-DD). */
  first: string;
  last: string;
  /** Ids of the transfers, earliest first (then by id), at most FLOW_RECORD_CAP. */
  records: string[];
}

/** `progress`: transfers grouped (0.3), then flows made. */
export function actorFlows(
  ledger: Ledger,
  ids: readonly string[],
  eurRates: Readonly<Record<string, number>>,
  progress?: WorkProgress,
): ActorFlow[] {
  // Keyed by (sender · actors + receiver) · currencies + currency: below 2^53 for any world in memory.
  const byPair = new Map<number, number[]>();
  const currencies = ledger.currencies.length;
  for (let i = 0; i < ledger.length; i++) {
    if ((i & EVERY) === 0) progress?.(0.3 * i, ledger.length);
    const key =
      (ledger.sender[i]! * ids.length + ledger.receiver[i]!) * currencies + ledger.currency[i]!;
    const rows = byPair.get(key);
    if (rows) rows.push(i);
    else byPair.set(key, [i]);
  }
  const flows: ActorFlow[] = [];
  for (const rows of byPair.values()) {
    if ((flows.length & EVERY) === 0) progress?.(0.3 + (0.7 * flows.length) / byPair.size, 1);
    rows.sort(
      (x, y) =>
        compare(ledger.date[x]!, ledger.date[y]!) || compare(ledger.record[x]!, ledger.record[y]!),
    );
    let amount = 0;
    for (const i of rows) amount += ledger.amount[i]!;
    const head = rows[0]!;
    flows.push({
      from: ids[ledger.sender[head]!]!,
      to: ids[ledger.receiver[head]!]!,
      currency: ledger.currencies[ledger.currency[head]!]!,
      amount: roundMoney(amount),
      transfers: rows.length,
      first: ledger.date[head]!,
      last: ledger.date[rows[rows.length - 1]!]!,
      records: rows.slice(0, FLOW_RECORD_CAP).map((i) => ledger.record[i]!),
    });
  }
  const eur = (flow: ActorFlow) => flow.amount * (eurRates[flow.currency] ?? 0);
  return flows.sort(
    (x, y) =>
      eur(y) - eur(x) ||
      compare(x.from, y.from) ||
      compare(x.to, y.to) ||
      compare(x.currency, y.currency),
  );
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
