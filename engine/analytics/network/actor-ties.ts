/**
 * The ties of one actor with their evidence, as the person network made them
 * (the same rules, caps and weights as every score computed on it): for a
 * target package, an entity's detail, anything that must show why two actors
 * are tied without deriving the ties again from the records.
 */
import type { PersonNetwork } from "./person-network.ts";
import { tieEvidence, type TieEvidence } from "./tie-evidence.ts";

/**
 * Each tie of actor `v` (its index in `network.csr.ids`) with its evidence,
 * `other` the actor at its far end; heaviest first, then by id. O(degree).
 */
export function actorTies(network: PersonNetwork, v: number): (TieEvidence & { other: string })[] {
  const id = network.csr.ids[v]!;
  return actorTieNumbers(network, v).map((tie) => {
    const evidence = tieEvidence(network, tie);
    return { ...evidence, other: evidence.a === id ? evidence.b : evidence.a };
  });
}

/** The numbers of actor `v`'s ties in the order actorTies gives them, without their evidence. */
export function actorTieNumbers(network: PersonNetwork, v: number): number[] {
  const { csr, ties } = network;
  const other = (tie: number) => csr.ids[ties.a[tie] === v ? ties.b[tie]! : ties.a[tie]!]!;
  const numbers: number[] = [];
  for (let k = csr.offsets[v]!; k < csr.offsets[v + 1]!; k++) numbers.push(network.tieOf[k]!);
  return numbers.sort((x, y) => {
    const [a, b] = [other(x), other(y)];
    return ties.weight[y]! - ties.weight[x]! || (a < b ? -1 : a > b ? 1 : 0);
  });
}
