/**
 * `crosslink disrupt [DIR]`: remove persons by degree, betweenness, PageRank
 * or target score, one at a time or in blocks, and report the largest
 * component, the components and the fragmentation after each step; with
 * `--directed`, on the directed network by in- or out-degree or strength,
 * betweenness, PageRank or score, reporting strongly and weakly connected
 * components.
 */
import {
  analyticById,
  DISRUPTION_DEFAULTS,
  personNetwork,
  personNetworkFromEdgeList,
  simulateDisruption,
  type AnalyticInput,
  DIRECTED_RANKINGS,
  UNDIRECTED_RANKINGS,
  type DirectedDisruptionResult,
  type DisruptionResult,
} from "../../../engine/analytics/index.ts";
import { writeFileAtomically } from "../../../engine/model/write-file-atomically.ts";
import { DataError, UsageError } from "../errors.ts";
import { printTable } from "../print-table.ts";
import { withProgress } from "../progress.ts";
import { readInput, type InputOptions } from "./analyze.ts";

const DIRECTED_CHOICES: readonly string[] = [...DIRECTED_RANKINGS, "score"];

export async function run(
  dir: string | undefined,
  options: InputOptions & {
    by: string;
    mode: "sequential" | "block";
    block: number;
    steps?: number;
    ids?: string;
    seed: number;
    json?: string;
    directed?: boolean;
    unweighted?: boolean;
  },
): Promise<void> {
  const directed = options.directed === true;
  const allowed: readonly string[] = directed ? DIRECTED_CHOICES : UNDIRECTED_RANKINGS;
  if (!allowed.includes(options.by)) {
    throw new UsageError(
      `--by ${options.by} needs ${directed ? "the undirected network (drop --directed)" : "--directed"}; here it is one of ${allowed.join(", ")}`,
    );
  }
  if (options.unweighted && !directed) throw new UsageError("--unweighted goes with --directed");
  const ids = options.ids?.split(",").filter((id) => id !== "");
  if (ids && (directed || ids.length === 0)) {
    throw new UsageError(
      directed ? "--ids goes without --directed" : "--ids needs at least one id",
    );
  }
  const result = await withProgress("disrupt", async (shown) => {
    const { input } = await readInput(dir, options, shown);
    shown.stage("simulate");
    if (ids) return removeIds(input, ids, options);
    return analyticById("disruption").run(input, {
      by: options.by,
      mode: options.mode,
      blockSize: options.block,
      steps: options.steps ?? DISRUPTION_DEFAULTS.steps,
      seed: options.seed,
      directed,
      weighted: !options.unweighted,
    }) as DisruptionResult | DirectedDisruptionResult;
  });
  if (options.json) await writeFileAtomically(options.json, JSON.stringify(result) + "\n");
  const how = `${result.mode}${result.mode === "block" ? ` (${result.perStep} per step)` : ""}`;
  if ("directed" in result) {
    console.log(
      `removal by ${options.by} on the directed network, ${how}; intact largest strongly connected component ${result.lcc0}, weakly ${result.weakLcc0}`,
    );
    printTable(
      ["step", "scc lcc", "lcc fraction", "sccs", "wcc lcc", "wccs", "removed"],
      result.steps.map((step) => [
        String(step.step),
        String(step.lcc),
        step.lccFraction.toFixed(4),
        String(step.components),
        String(step.weakLcc),
        String(step.weakComponents),
        step.removed.join(" "),
      ]),
    );
    return;
  }
  const by = ids ? "of the ids given" : `by ${options.by}`;
  console.log(`removal ${by}, ${how}; intact largest component ${result.lcc0}`);
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

/** The given persons removed in order, one a step (or a block a step), as a board simulates them. */
function removeIds(
  input: AnalyticInput,
  ids: string[],
  options: { mode: "sequential" | "block"; block: number; steps?: number },
): DisruptionResult {
  const { csr } =
    "graph" in input ? personNetwork(input.graph) : personNetworkFromEdgeList(input.edges);
  try {
    return simulateDisruption(csr, {
      strategy: { kind: "ids", ids },
      mode: options.mode,
      blockSize: options.block,
      ...(options.steps !== undefined && { steps: options.steps }),
    });
  } catch (error) {
    throw new DataError(
      `crosslink: ${(error as Error).message.replace("disruption/simulate: ", "")}`,
    );
  }
}
