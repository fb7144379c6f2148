/**
 * The target's ties to other persons and organisations, read straight from
 * the records of the entity graph, following ARCHITECTURE.md "The person
 * network": calls between their phones, transfers, declared associations,
 * shared phones, vehicles and accounts, the same case and the same route on
 * the same day. Each tie lists the records that make it, so that a reader of
 * the package can check every one of them.
 */
import type { TieKind } from "../../analytics/network/options.ts";
import type { EntityGraph } from "../../model/index.ts";
import { compareText } from "../order.ts";

/** The person network's kinds of evidence that records of the entity graph show (an imported edge list is none of them). */
export type TieEvidenceKind = Exclude<TieKind, "edge_list">;

export interface Tie {
  other: string;
  kind: TieEvidenceKind;
  /** Keys of the entity-graph edges that show the tie, sorted. */
  records: string[];
  /** Entities the tie runs through (a shared phone, the other party's phone), sorted. */
  via: string[];
  first: string | null;
  last: string | null;
}

const ACTORS = new Set(["person", "organisation"]);
const SHARED: Record<string, TieEvidenceKind> = {
  uses_phone: "shared_phone",
  uses_vehicle: "shared_vehicle",
  uses_account: "shared_account",
};

export function tiesOf(graph: EntityGraph, id: string): Tie[] {
  const ties = new Map<string, { records: Set<string>; via: Set<string>; dates: string[] }>();
  const add = (
    other: string,
    kind: TieEvidenceKind,
    record: string,
    date?: unknown,
    via?: string,
  ) => {
    if (other === id || !ACTORS.has(graph.getNodeAttribute(other, "type"))) return;
    const key = `${other}\u0000${kind}`;
    let tie = ties.get(key);
    if (!tie) {
      tie = { records: new Set(), via: new Set(), dates: [] };
      ties.set(key, tie);
    }
    tie.records.add(record);
    if (via) tie.via.add(via);
    if (typeof date === "string") tie.dates.push(date);
  };
  const usersOf = (entity: string, type: string) =>
    graph.filterInEdges(entity, (_key, attributes) => attributes.type === type);

  graph.forEachEdge(id, (key, attributes, source, target) => {
    const other = source === id ? target : source;
    switch (attributes.type) {
      case "transfer":
        add(other, "transfer", key, attributes.date);
        return;
      case "associated_with":
        add(other, "association", key);
        return;
      case "uses_phone":
      case "uses_vehicle":
      case "uses_account":
        for (const usage of usersOf(other, attributes.type)) {
          add(graph.source(usage), SHARED[attributes.type]!, usage, undefined, other);
        }
        if (attributes.type === "uses_phone") addCalls(other);
        return;
      case "involved_in":
        for (const involvement of usersOf(other, "involved_in")) {
          add(graph.source(involvement), "same_case", involvement, undefined, other);
        }
        return;
      case "travels":
        if (typeof attributes.date !== "string") return;
        for (const trip of usersOf(other, "travels")) {
          if (graph.getEdgeAttribute(trip, "date") !== attributes.date) continue;
          add(graph.source(trip), "same_route_day", trip, attributes.date, other);
        }
    }
  });

  function addCalls(phone: string): void {
    graph.forEachEdge(phone, (call, attributes, caller, callee) => {
      if (attributes.type !== "call") return;
      const otherPhone = caller === phone ? callee : caller;
      for (const usage of usersOf(otherPhone, "uses_phone")) {
        add(graph.source(usage), "call", call, attributes.start, otherPhone);
      }
    });
  }

  return [...ties.entries()]
    .map(([key, tie]) => {
      const [other, kind] = key.split("\u0000") as [string, TieEvidenceKind];
      const dates = tie.dates.sort(compareText);
      return {
        other,
        kind,
        records: [...tie.records].sort(compareText),
        via: [...tie.via].sort(compareText),
        first: dates[0] ?? null,
        last: dates[dates.length - 1] ?? null,
      };
    })
    .sort(
      (a, b) =>
        b.records.length - a.records.length ||
        compareText(a.other, b.other) ||
        compareText(a.kind, b.kind),
    );
}
