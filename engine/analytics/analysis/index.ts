export { analyze, analyzeEdgeList } from "./analyze.ts";
export { ANALYSIS_DEFAULTS, resolveAnalysisOptions, type AnalysisOptions } from "./options.ts";
export type * from "./types.ts";
