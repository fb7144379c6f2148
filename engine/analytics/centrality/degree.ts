/**
 * Degree centrality (L. C. Freeman, "Centrality in social networks:
 * conceptual clarification", Social Networks 1:215–239, 1978) and weighted
 * degree, or strength (A. Barrat et al., "The architecture of complex weighted
 * networks", PNAS 101(11):3747–3752, 2004): how many people a person is tied
 * to, and how much evidence those ties carry.
 */
import { weightedDegree, type Csr } from "../csr.ts";
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";

export interface DegreeOptions {
  /** Sum tie weights (strength) instead of counting ties. */
  weighted?: boolean;
  /** Divide by n-1, the largest possible number of ties (networkx degree_centrality). */
  normalized?: boolean;
}

export const DEGREE_PARAMETERS: Parameters<Required<DegreeOptions>> = {
  weighted: {
    type: "boolean",
    default: false,
    description: "sum tie weights instead of counting ties",
  },
  normalized: { type: "boolean", default: false, description: "divided by n − 1" },
};
export const DEGREE_DEFAULTS = defaultsOf(DEGREE_PARAMETERS);

export function degree(csr: Csr, options?: DegreeOptions): Float64Array {
  const { weighted, normalized } = resolveOptions("degree", DEGREE_PARAMETERS, options);
  const n = csr.nodeCount;
  const { offsets } = csr;
  const scale = normalized && n > 1 ? 1 / (n - 1) : 1;
  const result = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const value = weighted ? weightedDegree(csr, i) : offsets[i + 1]! - offsets[i]!;
    result[i] = value * scale;
  }
  return result;
}
