/**
 * In and out degree (distinct callers or payers, distinct callees or payees)
 * and in and out strength (the summed weights of those arcs), as networkx's
 * DiGraph.in_degree / out_degree with and without `weight`.
 */
import { degree } from "../centrality/degree.ts";
import type { DirectedCsr } from "./directed-csr.ts";

export interface DirectedDegrees {
  inDegree: Float64Array;
  outDegree: Float64Array;
  inStrength: Float64Array;
  outStrength: Float64Array;
}

export function directedDegrees(csr: DirectedCsr): DirectedDegrees {
  return {
    inDegree: degree(csr.in),
    outDegree: degree(csr.out),
    inStrength: degree(csr.in, { weighted: true }),
    outStrength: degree(csr.out, { weighted: true }),
  };
}
