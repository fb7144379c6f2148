/**
 * The shapes of what a dossier lists about its target's records: what it
 * holds (phones, vehicles, accounts, routes, cases) and its transfers. Apart
 * from contents.ts so that timeline.ts can read them without importing the
 * module that imports it.
 */
import type { EntityView, LinkView } from "../records.ts";

export interface Held<K extends string> {
  entity: EntityView;
  /** The records linking the target to it (uses, trips, involvement). */
  links: LinkView[];
  kind: K;
}

export interface TransferEntry {
  transfer: LinkView;
  counterpart: string;
  amount: number;
  currency: string;
  date: string;
}
