/**
 * Newman's modularity of a partition of a weighted undirected graph, with a
 * resolution parameter γ (Newman & Girvan 2004; Reichardt & Bornholdt 2006):
 *
 *   Q = (1 / 2m) Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j)
 *     = Σ_c [ in_c / 2m − γ (tot_c / 2m)² ]
 *
 * where in_c sums A_ij over ordered pairs inside community c and tot_c sums
 * the strengths of its nodes. This is networkx's `community.modularity` and
 * igraph's `Graph.modularity` on the same simple graph.
 */
import type { Csr } from "../csr.ts";
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";
import { checkLabels } from "./labels.ts";

export interface ModularityOptions {
  /** γ: above 1 favours more, smaller communities; below 1 fewer, larger ones. */
  resolution?: number;
}

export const MODULARITY_PARAMETERS: Parameters<Required<ModularityOptions>> = {
  resolution: { type: "number", default: 1, min: 0, description: "modularity resolution γ" },
};
export const MODULARITY_DEFAULTS = defaultsOf(MODULARITY_PARAMETERS);

/** Modularity of `communities` (one label in 0..nodeCount-1 per node); 0 on a graph without edges. */
export function modularity(
  csr: Csr,
  communities: ArrayLike<number>,
  options: ModularityOptions = {},
): number {
  const { resolution } = resolveOptions("modularity", MODULARITY_PARAMETERS, options);
  const bound = checkLabels(communities, csr.nodeCount, "modularity");
  const total = new Float64Array(bound);
  let inside = 0;
  let twoM = 0;
  for (let i = 0; i < csr.nodeCount; i++) {
    const community = communities[i]!;
    for (let e = csr.offsets[i]!; e < csr.offsets[i + 1]!; e++) {
      const w = csr.weights[e]!;
      twoM += w;
      total[community]! += w;
      if (communities[csr.targets[e]!] === community) inside += w;
    }
  }
  if (twoM === 0) return 0;
  let penalty = 0;
  for (let c = 0; c < bound; c++) penalty += (total[c]! / twoM) ** 2;
  return inside / twoM - resolution * penalty;
}
