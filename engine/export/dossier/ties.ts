/**
 * The target's ties to other persons and organisations as the person network
 * made them (engine/analytics/network): the same rules, group caps and
 * weights as every score in the package, with every record behind each tie
 * so that a reader can check them. The entities a tie runs through (a shared
 * phone, the other party's phone, a route, a case) are the ends of those
 * records that are not actors.
 */
import {
  actorOf,
  actorTies,
  roundMoney,
  significant,
  type PersonNetwork,
  type TieKind,
} from "../../analytics/index.ts";
import type { EntityGraph } from "../../model/index.ts";
import { compareText } from "../order.ts";
import { graphMarking, type Marking } from "../records.ts";

export interface Tie {
  other: string;
  /** The tie's weight in the person network. */
  weight: number;
  /** Evidence items per kind: calls, transfers, shared cases... */
  kinds: Partial<Record<TieKind, number>>;
  /** Keys of the entity-graph records that show the tie, sorted (code-unit order). */
  records: string[];
  /** Entities the tie runs through, sorted. */
  via: string[];
  first: string | null;
  last: string | null;
  /** Transfers between the two, either way, by currency. */
  amounts: Record<string, number>;
  /** The highest classification and every handling code of the other actor, the records and `via`. */
  marking: Marking;
}

const ACTORS = new Set(["person", "organisation"]);

/** The ties of `id` in `network`, which was built from `graph`; heaviest first. */
export function tiesOf(graph: EntityGraph, network: PersonNetwork, id: string): Tie[] {
  const actor = actorOf(network, id);
  if (actor < 0) return [];
  return actorTies(network, actor).map((tie) => {
    const via = new Set<string>();
    for (const record of tie.records) {
      for (const end of graph.extremities(record)) {
        if (!ACTORS.has(graph.getNodeAttribute(end, "type"))) via.add(end);
      }
    }
    const throughs = [...via].sort(compareText);
    return {
      other: tie.other,
      weight: significant(tie.weight),
      kinds: tie.kinds,
      records: tie.records,
      via: throughs,
      first: tie.first,
      last: tie.last,
      amounts: Object.fromEntries(
        Object.keys(tie.amounts)
          .sort(compareText)
          .map((code) => [code, roundMoney(tie.amounts[code]!)]),
      ),
      marking: graphMarking(graph, [tie.other, ...throughs, ...tie.records]),
    };
  });
}

/** The records of the ties along a chain of actors (a crime link's), each tie once. */
export function chainRecords(network: PersonNetwork, chain: readonly string[]): string[] {
  const records = new Set<string>();
  for (let i = 0; i + 1 < chain.length; i++) {
    const actor = actorOf(network, chain[i]!);
    if (actor < 0) continue;
    const tie = actorTies(network, actor).find((candidate) => candidate.other === chain[i + 1]);
    for (const record of tie?.records ?? []) records.add(record);
  }
  return [...records].sort(compareText);
}
