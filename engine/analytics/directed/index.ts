export {
  arcBetween,
  directedCsrFromOut,
  directedCsrFromSortedArcs,
  type DirectedCsr,
} from "./directed-csr.ts";
export {
  arcEvidence,
  directedNetwork,
  type ArcEvidence,
  type DirectedNetwork,
} from "./directed-network.ts";
export { directedDegrees, type DirectedDegrees } from "./degree.ts";
export { strongComponents, weakComponents } from "./components.ts";
export {
  DIRECTED_BETWEENNESS_DEFAULTS,
  directedBetweenness,
  type DirectedBetweennessOptions,
} from "./betweenness.ts";
export { directedPagerank } from "./pagerank.ts";
export { reciprocity, type Reciprocity } from "./reciprocity.ts";
export { FLOW_HIERARCHY_DEFAULTS, flowHierarchy, type FlowHierarchyOptions } from "./hierarchy.ts";
