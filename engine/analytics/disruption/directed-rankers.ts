/**
 * Rankings for the directed disruption simulation (directed-simulate.ts):
 * in and out degree and strength counted over the nodes still standing, and
 * directed betweenness and PageRank rerun on the network that is left.
 */
import type { Csr } from "../csr.ts";
import {
  directedBetweenness,
  directedCsrFromOut,
  directedPagerank,
  type DirectedCsr,
} from "../directed/index.ts";
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";
import type { DirectedRanker } from "./directed-simulate.ts";
import { degreeRanker, rankOnInduced } from "./rankers.ts";
import type { DirectedRanking } from "./ranking-names.ts";

export interface DirectedRankerOptions {
  /** Betweenness by arc length 1/weight and PageRank along arc weights; false treats arcs alike. */
  weighted?: boolean;
}

export const DIRECTED_RANKER_PARAMETERS: Parameters<Required<DirectedRankerOptions>> = {
  weighted: {
    type: "boolean",
    default: true,
    description:
      "directed betweenness by distance 1/weight and PageRank by weight; false treats arcs alike",
  },
};
export const DIRECTED_RANKER_DEFAULTS = defaultsOf(DIRECTED_RANKER_PARAMETERS);

export function directedRanker(
  ranking: DirectedRanking,
  options: DirectedRankerOptions = {},
): DirectedRanker {
  const { weighted } = resolveOptions("disruption/directed", DIRECTED_RANKER_PARAMETERS, options);
  switch (ranking) {
    case "in-degree":
      return (csr, alive) => degreeRanker(csr.in, alive);
    case "out-degree":
      return (csr, alive) => degreeRanker(csr.out, alive);
    case "in-strength":
      return (csr, alive) => aliveStrength(csr.in, alive);
    case "out-strength":
      return (csr, alive) => aliveStrength(csr.out, alive);
    case "betweenness":
      return onInducedDirected((sub) => directedBetweenness(sub, { weighted }));
    case "pagerank":
      return onInducedDirected((sub) => directedPagerank(sub, { weighted }).scores);
    default:
      throw new Error(`disruption/directed: unknown ranking "${String(ranking)}"`);
  }
}

/** Summed weight of each alive node's arcs to alive nodes on one side of the index. */
function aliveStrength(side: Csr, alive: Uint8Array): Float64Array {
  const scores = new Float64Array(side.nodeCount);
  for (let v = 0; v < side.nodeCount; v++) {
    if (alive[v] === 0) continue;
    let sum = 0;
    for (let k = side.offsets[v]!; k < side.offsets[v + 1]!; k++) {
      if (alive[side.targets[k]!] !== 0) sum += side.weights[k]!;
    }
    scores[v] = sum;
  }
  return scores;
}

/**
 * Runs a whole-network analytic on the directed network of the alive nodes
 * (rankOnInduced on the out-arcs, which carry every arc once); removed nodes
 * get -Infinity.
 */
function onInducedDirected(rankFn: (csr: DirectedCsr) => Float64Array): DirectedRanker {
  const ranker = rankOnInduced((out) => rankFn(directedCsrFromOut(out)));
  return (csr, alive) => ranker(csr.out, alive);
}
