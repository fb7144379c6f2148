/**
 * Evidence items: one row per piece of evidence between two actors (a call, a
 * transfer, one shared case...), held in growable typed columns so that a
 * network of a million links costs tens of megabytes, not hundreds of
 * thousands of small objects.
 */
import { NO_DATE } from "./dates.ts";
import { TIE_KINDS, type TieKind } from "./options.ts";

export const NO_RECORD = -1;

export interface EvidenceItem {
  kind: TieKind;
  /** 1 for a record between the two, 1 / (g − 1) for a shared group of g. */
  strength: number;
  /** Record indices (into the network's `records`), NO_RECORD when absent. */
  record: number;
  secondRecord?: number;
  date?: number;
  amount?: number;
  /** Index into the network's `currencies`. */
  currency?: number;
  /**
   * True when the record runs from the first actor to the second (a call from
   * caller to callee, a transfer from sender to receiver, an edge-list row);
   * the directed view (analytics/directed) keeps that way only.
   */
  directed?: boolean;
}

/** Values of the `way` column: no direction, from a to b, from b to a. */
export const WAY_BOTH = 0;
export const WAY_A_TO_B = 1;
export const WAY_B_TO_A = 2;

export class EvidenceItems {
  /** Kinds of evidence whose items are kept: a kind weighted 0 is switched off. */
  constructor(enabled: ReadonlySet<TieKind> = new Set(TIE_KINDS)) {
    this.enabledKinds = TIE_KINDS.map((kind) => enabled.has(kind));
  }

  private readonly enabledKinds: readonly boolean[];

  length = 0;
  a = new Uint32Array(1024);
  b = new Uint32Array(1024);
  kind = new Uint8Array(1024);
  strength = new Float64Array(1024);
  record = new Int32Array(1024);
  secondRecord = new Int32Array(1024);
  date = new Int32Array(1024);
  amount = new Float64Array(1024);
  currency = new Int16Array(1024);
  way = new Uint8Array(1024);

  /** Adds one item between actors x and y (any order); nothing for x = y or a switched-off kind. */
  push(x: number, y: number, item: EvidenceItem): void {
    this.add(
      x,
      y,
      KIND_INDEX[item.kind],
      item.strength,
      item.record,
      item.secondRecord ?? NO_RECORD,
      item.date ?? NO_DATE,
      item.amount ?? 0,
      item.currency ?? -1,
      item.directed ?? false,
    );
  }

  /** `push` with the item's fields as arguments and its kind as an index of TIE_KINDS: no object per item. */
  add(
    x: number,
    y: number,
    kind: number,
    strength: number,
    record: number,
    secondRecord: number,
    date: number,
    amount: number,
    currency: number,
    directed: boolean,
  ): void {
    if (x === y || !this.enabledKinds[kind]) return;
    if (this.length === this.a.length) this.grow();
    const i = this.length++;
    this.a[i] = Math.min(x, y);
    this.b[i] = Math.max(x, y);
    this.kind[i] = kind;
    this.strength[i] = strength;
    this.record[i] = record;
    this.secondRecord[i] = secondRecord;
    this.date[i] = date;
    this.amount[i] = amount;
    this.currency[i] = currency;
    this.way[i] = directed ? (x < y ? WAY_A_TO_B : WAY_B_TO_A) : WAY_BOTH;
  }

  /**
   * Columns cut to the items held: growing by doubling leaves up to half of
   * each column unused, and the network keeps its items for as long as the
   * Analysis lives (tie evidence, crime links' evidence when saved).
   */
  trim(): void {
    this.resize(this.length);
  }

  private grow(): void {
    this.resize(Math.max(1024, this.a.length * 2));
  }

  private resize(size: number): void {
    const grown = <
      T extends { length: number; set(source: T): void; subarray(start: number, end: number): T },
    >(
      old: T,
      make: (n: number) => T,
    ) => {
      const next = make(size);
      next.set(old.length > size ? old.subarray(0, size) : old);
      return next;
    };
    this.a = grown(this.a, (n) => new Uint32Array(n));
    this.b = grown(this.b, (n) => new Uint32Array(n));
    this.kind = grown(this.kind, (n) => new Uint8Array(n));
    this.strength = grown(this.strength, (n) => new Float64Array(n));
    this.record = grown(this.record, (n) => new Int32Array(n));
    this.secondRecord = grown(this.secondRecord, (n) => new Int32Array(n));
    this.date = grown(this.date, (n) => new Int32Array(n));
    this.amount = grown(this.amount, (n) => new Float64Array(n));
    this.currency = grown(this.currency, (n) => new Int16Array(n));
    this.way = grown(this.way, (n) => new Uint8Array(n));
  }
}

export const KIND_INDEX = Object.fromEntries(TIE_KINDS.map((kind, i) => [kind, i])) as Record<
  TieKind,
  number
>;
