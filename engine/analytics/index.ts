/** The public entry point of the analytics: everything outside engine/analytics imports from here. */
export * from "./analysis/index.ts";
export * from "./network/index.ts";
export * from "./overlaps/index.ts";
export * from "./money/index.ts";
export * from "./targets/index.ts";
export * from "./communities/index.ts";
export * from "./centrality/index.ts";
export * from "./disruption/index.ts";
export * from "./directed/index.ts";
export { csrFromEdges, csrFromGraph, type Csr, type WeightedEdge } from "./csr.ts";
export { createRng, type Rng } from "./random.ts";
export { STEP_UNITS, StepMeter, type AnalysisProgress, type WorkProgress } from "./progress.ts";
export {
  defaultsOf,
  OptionError,
  parameterList,
  resolveOptions,
  type Parameter,
  type ParameterInfo,
  type Parameters,
} from "./options.ts";
export * from "./resolution/index.ts";
