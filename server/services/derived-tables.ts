/**
 * Tables the server derives from the clearance view itself: money flows
 * between pairs of actors (the engine's flows are per community and per hub)
 * and the crime-overlap table in persons per pair of crime types.
 */
import type { EntityGraph } from "../../engine/model/index.ts";
import type { CrimeOverlap, MoneyFlow } from "./analysis.ts";

const TRANSFER_CAP = 20;

export function moneyFlows(graph: EntityGraph): MoneyFlow[] {
  const flows = new Map<string, MoneyFlow>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.type !== "transfer") return;
    const currency = attributes.currency as string;
    const date = attributes.date as string;
    const key = `${source}\u0000${target}\u0000${currency}`;
    const flow = flows.get(key) ?? {
      from: source,
      to: target,
      currency,
      amount: 0,
      count: 0,
      transfers: [],
    };
    flow.amount += attributes.amount as number;
    flow.count++;
    if (flow.transfers.length < TRANSFER_CAP) flow.transfers.push(edge);
    if (!flow.first || date < flow.first) flow.first = date;
    if (!flow.last || date > flow.last) flow.last = date;
    flows.set(key, flow);
  });
  return [...flows.values()].sort((a, b) => b.amount - a.amount);
}

export function crimeOverlap(personTypes: string[][]): CrimeOverlap {
  const crimeTypes = [...new Set(personTypes.flat())].sort();
  const index = new Map(crimeTypes.map((type, i) => [type, i]));
  const persons = crimeTypes.map(() => crimeTypes.map(() => 0));
  for (const types of personTypes)
    for (const a of types) for (const b of types) persons[index.get(a)!]![index.get(b)!]!++;
  return { crimeTypes, persons };
}
