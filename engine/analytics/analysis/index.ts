export {
  ANALYSIS_STEPS,
  analyze,
  analyzeBuiltNetwork,
  analyzeEdgeList,
  analyzeWithNetwork,
  type NetworkAnalysis,
} from "./analyze.ts";
export { readAnalysisFile, writeAnalysisFile, type WriteAnalysisOptions } from "./analysis-file.ts";
export type { ExternalMeasures } from "./external-measures.ts";
export {
  ANALYSIS_DEFAULTS,
  ANALYSIS_PARAMETERS,
  resolveAnalysisOptions,
  type AnalysisOptions,
} from "./options.ts";
export type * from "./types.ts";
export type {
  DirectedActorMeasures,
  DirectedParameters,
  DirectedSummary,
} from "./directed-measures.ts";
export {
  ANALYTICS,
  RANKERS,
  analyticById,
  type AnalyticDescriptor,
  type AnalyticInput,
} from "./descriptors.ts";
export { personRecord } from "./person-record.ts";
export { significant } from "./round.ts";
