/**
 * `crosslink disrupt [DIR]`: remove persons by degree, betweenness, PageRank
 * or target score, one at a time or in blocks, and report the largest
 * component, the components and the fragmentation after each step.
 */
import { analyticById, type DisruptionResult } from "../../../engine/analytics/index.ts";
import { readInput, writeJsonAtomically, type InputOptions } from "./analyze.ts";
import { printTable } from "./targets.ts";

export const DISRUPT_RANKINGS = ["degree", "betweenness", "pagerank", "score"] as const;

export async function run(
  dir: string | undefined,
  options: InputOptions & {
    by: (typeof DISRUPT_RANKINGS)[number];
    mode: "sequential" | "block";
    block: number;
    steps: number;
    seed: number;
    json?: string;
  },
): Promise<void> {
  const { input } = await readInput(dir, options);
  const result = analyticById("disruption").run(input, {
    by: options.by,
    mode: options.mode,
    blockSize: options.block,
    steps: options.steps,
    seed: options.seed,
  }) as DisruptionResult;
  if (options.json) await writeJsonAtomically(options.json, result);
  console.log(
    `removal by ${options.by}, ${result.mode}${result.mode === "block" ? ` (${result.perStep} per step)` : ""}; intact largest component ${result.lcc0}`,
  );
  printTable(
    ["step", "lcc", "lcc fraction", "components", "fragmentation", "removed"],
    result.steps.map((step) => [
      String(step.step),
      String(step.lcc),
      step.lccFraction.toFixed(4),
      String(step.components),
      step.fragmentation.toFixed(4),
      step.removed.join(" "),
    ]),
  );
}
