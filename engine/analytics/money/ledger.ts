/**
 * The transfers of the entity graph as typed columns indexed by actor, read
 * once and shared by the per-actor, per-community and hub analytics.
 */
import { TRANSFER_CHANNELS, type EntityRecords } from "../../model/index.ts";
import { actorIndexOf, type PersonNetwork } from "../network/index.ts";

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

export function transferLedger(graph: EntityRecords | null, network: PersonNetwork): Ledger {
  const actorIndex = actorIndexOf(network);
  const rows: {
    s: number;
    r: number;
    amount: number;
    currency: string;
    channel: number;
    record: string;
    date: string;
  }[] = [];
  graph?.forEachEdge((key, attributes, source, target) => {
    if (attributes.type !== "transfer") return;
    const channel = CHANNELS.indexOf(
      (attributes.channel as Channel | undefined) ?? UNKNOWN_CHANNEL,
    );
    rows.push({
      s: actorIndex.get(source)!,
      r: actorIndex.get(target)!,
      amount: attributes.amount as number,
      currency: attributes.currency as string,
      channel,
      record: key,
      date: attributes.date as string,
    });
  });
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
