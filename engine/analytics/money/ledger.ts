/**
 * The transfers of the entity graph as typed columns indexed by actor, read
 * once and shared by the per-actor, per-community and hub analytics.
 */
import { TRANSFER_CHANNELS, type EntityRecords } from "../../model/index.ts";
import { actorsOfEntities, recordColumns, type PersonNetwork } from "../network/index.ts";
import { EVERY, type WorkProgress } from "../progress.ts";

/** Channel of a transfer that does not say. */
export const UNKNOWN_CHANNEL = "unknown";
export const CHANNELS = [...TRANSFER_CHANNELS, UNKNOWN_CHANNEL] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Ledger {
  length: number;
  sender: Uint32Array;
  receiver: Uint32Array;
  amount: Float64Array;
  /** Index into `currencies`, sorted so that printed orders never depend on input order. */
  currency: Uint16Array;
  /** Index into CHANNELS. */
  channel: Uint8Array;
  currencies: string[];
  /** The transfer's id (its entity-graph edge key) and date (YYYY-MM-DD), for flows that cite them. */
  record: string[];
  date: string[];
}

/** `progress`: links read. Only the transfers are parsed. */
export function transferLedger(
  graph: EntityRecords | null,
  network: PersonNetwork,
  progress?: WorkProgress,
): Ledger {
  const rows: {
    s: number;
    r: number;
    amount: number;
    currency: string;
    channel: number;
    record: string;
    date: string;
  }[] = [];
  if (graph) {
    const records = recordColumns(graph);
    const actorOf = actorsOfEntities(network, records);
    for (let link = 0; link < records.linkCount; link++) {
      if ((link & EVERY) === 0) progress?.(link, records.linkCount);
      if (records.linkType(link) !== "transfer") continue;
      const attributes = records.linkAttributes(link);
      const channel = CHANNELS.indexOf(
        (attributes.channel as Channel | undefined) ?? UNKNOWN_CHANNEL,
      );
      rows.push({
        s: actorOf[records.sources[link]!]!,
        r: actorOf[records.targets[link]!]!,
        amount: attributes.amount as number,
        currency: attributes.currency as string,
        channel,
        record: records.linkIds[link]!,
        date: attributes.date as string,
      });
    }
  }
  const currencies = [...new Set(rows.map((row) => row.currency))].sort();
  const currencyIndex = new Map(currencies.map((code, i) => [code, i]));
  const ledger: Ledger = {
    length: rows.length,
    sender: new Uint32Array(rows.length),
    receiver: new Uint32Array(rows.length),
    amount: new Float64Array(rows.length),
    currency: new Uint16Array(rows.length),
    channel: new Uint8Array(rows.length),
    currencies,
    record: rows.map((row) => row.record),
    date: rows.map((row) => row.date),
  };
  rows.forEach((row, i) => {
    ledger.sender[i] = row.s;
    ledger.receiver[i] = row.r;
    ledger.amount[i] = row.amount;
    ledger.currency[i] = currencyIndex.get(row.currency)!;
    ledger.channel[i] = row.channel;
  });
  return ledger;
}
