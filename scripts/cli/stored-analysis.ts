/** Where `crosslink analyze` keeps the store's analysis for `crosslink targets`. */
import { join } from "node:path";

export const storedAnalysisPath = (dataDir: string) => join(dataDir, "analysis.json");
