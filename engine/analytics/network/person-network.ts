/**
 * The person network (docs/ARCHITECTURE.md): persons and organisations tied by the
 * evidence that links them, as a CSR index for the analytics plus a tie table
 * that keeps every tie's evidence (tie-evidence.ts explains one).
 *
 * Usage: `const network = personNetwork(graph)`; `network.csr` feeds
 * communities and centrality, `tieEvidence(network, t)` says why two actors
 * are tied. Options and defaults: options.ts.
 */
import { neighbourPosition, type Csr } from "../csr.ts";
import type { EntityRecords } from "../../model/index.ts";
import { span, type WorkProgress } from "../progress.ts";
import { collectEvidence } from "./collect-evidence.ts";
import type { EvidenceItems } from "./evidence-items.ts";
import { csrOfTies } from "./network-csr.ts";
import type { RecordColumns } from "./record-columns.ts";
import {
  resolvePersonNetworkOptions,
  type PersonNetworkOptions,
  type ResolvedPersonNetworkOptions,
} from "./options.ts";
import { buildTieTable, type TieTable } from "./tie-table.ts";

export const ACTOR_PERSON = 0;
export const ACTOR_ORGANISATION = 1;

export interface PersonNetwork {
  /** Node i of the index is actor i: `csr.ids[i]` its entity id. */
  csr: Csr;
  /**
   * Person ids accepted as the same person as an actor (entity resolution),
   * with that actor: they have no node of their own.
   */
  aliases: readonly (readonly [string, number])[];
  /** ACTOR_PERSON or ACTOR_ORGANISATION per actor. */
  actorKind: Uint8Array;
  /** Tie of each half-edge of the index, parallel to `csr.targets`. */
  tieOf: Uint32Array;
  ties: TieTable;
  items: EvidenceItems;
  /** Entity-graph edge keys the items refer to. */
  records: readonly string[];
  currencies: readonly string[];
  /** Phones, vehicles and online accounts with the actors using them. */
  attached: readonly { id: string; type: string; users: readonly number[] }[];
  options: ResolvedPersonNetworkOptions;
}

export function personNetwork(
  graph: EntityRecords,
  options: PersonNetworkOptions = {},
  progress?: WorkProgress,
): PersonNetwork {
  const settings = resolvePersonNetworkOptions(options);
  const collected = collectEvidence(graph, settings, span(progress, 0, 0.8));
  const ties = buildTieTable(
    collected.items,
    collected.actorIds.length,
    settings.weights,
    span(progress, 0.8, 0.95),
  );
  const { csr, tieOf } = csrOfTies(collected.actorIds, ties, span(progress, 0.95, 1));
  return {
    csr,
    aliases: collected.aliases,
    actorKind: collected.actorKind,
    tieOf,
    ties,
    items: collected.items,
    records: collected.records,
    currencies: collected.currencies,
    attached: collected.attached,
    options: settings,
  };
}

/** The actor of each person and organisation id, those accepted as one person included. */
export function actorIndexOf(network: PersonNetwork): Map<string, number> {
  const index = new Map(network.csr.ids.map((id, i) => [id, i]));
  for (const [id, actor] of network.aliases) index.set(id, actor);
  return index;
}

const actorIndexes = new WeakMap<PersonNetwork, Map<string, number>>();

/**
 * The actor of each entity number of `rows` (record-columns.ts), or -1: the
 * passes over every link read it by the link's ends, with no id looked up.
 */
export function actorsOfEntities(network: PersonNetwork, rows: RecordColumns): Int32Array {
  const actors = new Int32Array(rows.entityCount).fill(-1);
  network.csr.ids.forEach((id, actor) => (actors[rows.entityNumber(id)!] = actor));
  for (const [id, actor] of network.aliases) actors[rows.entityNumber(id)!] = actor;
  return actors;
}

/** The actor of one person or organisation id, or -1: `actorIndexOf`, built once per network. */
export function actorOf(network: PersonNetwork, id: string): number {
  let index = actorIndexes.get(network);
  if (!index) {
    index = actorIndexOf(network);
    actorIndexes.set(network, index);
  }
  return index.get(id) ?? -1;
}

/** The other person ids accepted as the same person as each actor that has any. */
export function aliasesByActor(network: PersonNetwork): Map<number, string[]> {
  const byActor = new Map<number, string[]>();
  for (const [id, actor] of network.aliases)
    byActor.set(actor, [...(byActor.get(actor) ?? []), id]);
  for (const ids of byActor.values()) ids.sort();
  return byActor;
}

/** The tie between actors x and y, or -1. */
export function tieBetween(network: PersonNetwork, x: number, y: number): number {
  const position = neighbourPosition(network.csr, x, y);
  return position < 0 ? -1 : network.tieOf[position]!;
}
