/**
 * The ties and arcs of a level's file (level-file.ts) as short arrays, not
 * as the objects the routes get: a V8 serialisation repeats every key of
 * every object, and a file has a tie or arc per pair of tied actors. An end
 * that has an entry in the file is written as its entry's number (the
 * reader holds the ids in entry order), any other as its id.
 */
import type { Arc, Tie } from "../../engine/export/person-ties.ts";

type End = number | string;
export type TieRow = [
  source: End,
  target: End,
  weight: number,
  counts: Record<string, number>,
  amounts: Record<string, number>,
  evidence: string[],
  first: string | null,
  last: string | null,
];
export type ArcRow = [
  source: End,
  target: End,
  weight: number,
  calls: number,
  transfers: number,
  amounts: Record<string, number>,
];

/** Numbers the ends of ties and arcs by entry, and names them back. */
export interface Ends {
  number(id: string): End;
  id(end: End): string;
}

export function endsOf(ids: readonly string[], numberOf: ReadonlyMap<string, number>): Ends {
  return {
    number: (id) => numberOf.get(id) ?? id,
    id: (end) => (typeof end === "number" ? ids[end]! : end),
  };
}

/** Both ends of a tie or arc, numbered. */
const endsRow = ({ source, target }: Tie | Arc, ends: Ends): [End, End] => [
  ends.number(source),
  ends.number(target),
];

export const tieRow = (tie: Tie, ends: Ends): TieRow => [
  ...endsRow(tie, ends),
  tie.weight,
  tie.counts,
  tie.amounts,
  tie.evidence,
  tie.first ?? null,
  tie.last ?? null,
];

/** The tie as tieOf (engine/export/person-ties.ts) makes it, key for key. */
export function tieOfRow(row: TieRow, ends: Ends): Tie {
  const [source, target, weight, counts, amounts, evidence, first, last] = row;
  return {
    source: ends.id(source),
    target: ends.id(target),
    weight,
    kinds: Object.keys(counts).sort(),
    counts,
    amounts,
    evidence,
    ...(first !== null && { first }),
    ...(last !== null && { last }),
  };
}

export const arcRow = (arc: Arc, ends: Ends): ArcRow => [
  ...endsRow(arc, ends),
  arc.weight,
  arc.calls,
  arc.transfers,
  arc.amounts,
];

export function arcOfRow(row: ArcRow, ends: Ends): Arc {
  const [source, target, weight, calls, transfers, amounts] = row;
  return { source: ends.id(source), target: ends.id(target), weight, calls, transfers, amounts };
}
