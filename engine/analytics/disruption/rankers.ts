/**
 * Rankings that choose whom a disruption simulation removes next. A ranker
 * scores every node of the network as it stands (removed nodes excluded);
 * higher scores are removed first.
 */
import type { Csr } from "../csr.ts";
import { inducedCsr } from "./induced.ts";

/**
 * Scores each node of `csr` on the network restricted to `alive` (nodes with
 * `alive[i] !== 0`). Returns one score per node of `csr`; the scores of removed
 * nodes are ignored.
 */
export type Ranker = (csr: Csr, alive: Uint8Array) => Float64Array;

/**
 * Degree on the remaining network: the number of alive neighbours (edge
 * weights ignored, as in the degree attacks of the dismantling literature).
 * O(m).
 *
 * @example
 *   simulateDisruption(csr, { strategy: { kind: "ranking", rank: degreeRanker, label: "degree" }, steps: 10 });
 */
export const degreeRanker: Ranker = (csr, alive) => {
  const scores = new Float64Array(csr.nodeCount);
  for (let v = 0; v < csr.nodeCount; v++) {
    if (alive[v] === 0) continue;
    let degree = 0;
    for (let k = csr.offsets[v]!; k < csr.offsets[v + 1]!; k++) degree += alive[csr.targets[k]!]!;
    scores[v] = degree;
  }
  return scores;
};

/**
 * Turns a whole-network analytic `(csr) => Float64Array` (betweenness,
 * PageRank, a target score) into a {@link Ranker}: each call runs it on the
 * sub-index of the alive nodes ({@link inducedCsr}) and maps the scores back;
 * removed nodes get -Infinity. Costs one O(n + m) rebuild plus the analytic.
 *
 * @example
 *   const rank = rankOnInduced((sub) => pagerankScores(sub));
 */
export function rankOnInduced(rankFn: (csr: Csr) => Float64Array): Ranker {
  return (csr, alive) => {
    const induced = inducedCsr(csr, alive);
    const subScores = rankFn(induced.csr);
    if (subScores.length !== induced.csr.nodeCount) {
      throw new Error(
        `disruption/rankers: ranking returned ${subScores.length} scores for ${induced.csr.nodeCount} nodes`,
      );
    }
    const scores = new Float64Array(csr.nodeCount).fill(-Infinity);
    for (let j = 0; j < induced.original.length; j++) scores[induced.original[j]!] = subScores[j]!;
    return scores;
  };
}
