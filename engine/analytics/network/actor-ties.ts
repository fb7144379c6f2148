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
  const { csr } = network;
  const id = csr.ids[v]!;
  const ties: (TieEvidence & { other: string })[] = [];
  for (let k = csr.offsets[v]!; k < csr.offsets[v + 1]!; k++) {
    const evidence = tieEvidence(network, network.tieOf[k]!);
    ties.push({ ...evidence, other: evidence.a === id ? evidence.b : evidence.a });
  }
  return ties.sort(
    (x, y) => y.weight - x.weight || (x.other < y.other ? -1 : x.other > y.other ? 1 : 0),
  );
}
