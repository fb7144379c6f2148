/** Where `crosslink analyze` keeps the store's analysis for `crosslink targets`, and the one way the CLI reads it back. */
import { join } from "node:path";
import { readAnalysisFile, type Analysis } from "../../engine/analytics/index.ts";
import { DataError } from "./errors.ts";

export const storedAnalysisPath = (dataDir: string) => join(dataDir, "analysis.json");

/** The stored analysis, read as a stream (engine/analytics/analysis/analysis-file.ts); none is a data error. */
export async function readStoredAnalysis(dataDir: string): Promise<Analysis> {
  try {
    return await readAnalysisFile(storedAnalysisPath(dataDir));
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw new DataError(`${error.message}: run \`crosslink analyze\` again`);
    }
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    throw new DataError(`no stored analysis in ${dataDir}: run \`crosslink analyze\` first`);
  }
}
