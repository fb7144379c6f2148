/** The parameters of `crosslink analyze`, for its --help: the engine's declaration, flattened. */
import { ANALYSIS_PARAMETERS } from "../../../engine/analytics/index.ts";
import { parameterHelp } from "../analysis-parameters.ts";

export const analysisParametersHelp = () =>
  `\nAnalysis parameters (--set name=value; --seed and --resolution set theirs):\n${parameterHelp(ANALYSIS_PARAMETERS)}`;
