/**
 * `crosslink targets`: the ranked targets as a table, JSON or CSV. With
 * `--as USER` or `--clearance LEVEL`, the targets of the analysis of what
 * that clearance may see, as `GET /api/targets` lists them for such a user
 * (the same entries, engine/export/target-list.ts); without, the targets of
 * the stored analysis (`crosslink analyze`) of the whole store. Each listing
 * is a `view` line in the data folder's audit log, as the API's is.
 */
import { targetCsv, targetList } from "../../../engine/export/index.ts";
import { auditAppend } from "../audit-append.ts";
import { DataError } from "../errors.ts";
import { printTable } from "../print-table.ts";
import { withProgress } from "../progress.ts";
import { readStoredAnalysis } from "../stored-analysis.ts";
import { visibleGraph, visibleWorld, whoAsks, type AsOptions } from "../visible-world.ts";

export const TARGET_FORMATS = ["table", "json", "csv"] as const;
export type TargetFormat = (typeof TARGET_FORMATS)[number];

export async function run(
  options: AsOptions & { top: number; format: TargetFormat },
): Promise<void> {
  const { user, clearance, analysis, targets } =
    options.as !== undefined || options.clearance !== undefined
      ? await visibleTargets(options)
      : await storedTargets(options);
  if (targets.length > analysis.targets.length) {
    console.error(
      `note: the analysis explains its top ${analysis.targets.length}; the rows below carry no reasons (analyse again with a larger top for them)`,
    );
  }
  await auditAppend(options.dataDir, {
    user,
    action: "view",
    route: "cli targets",
    status: 200,
    query: { clearance: clearance ?? "all", top: options.top, format: options.format },
    ids: targets.map((target) => target.id),
  });
  switch (options.format) {
    case "json":
      console.log(JSON.stringify(targets, null, 2));
      return;
    case "csv":
      process.stdout.write(targetCsv(targets));
      return;
    default:
      printTable(
        ["rank", "id", "name", "score", "community", "reasons"],
        targets.map((t) => [
          String(t.rank),
          t.id,
          t.name,
          t.score.toFixed(4),
          t.network,
          t.reasons.join("; "),
        ]),
      );
  }
}

/** The targets of what --as or --clearance may see, analysed now. */
async function visibleTargets(options: AsOptions & { top: number }) {
  const { user, clearance, graph, analysis } = await withProgress("targets", (shown) =>
    visibleWorld(options, shown),
  );
  return { user, clearance, analysis, targets: targetList(graph, analysis, options.top) };
}

/** The targets of the stored analysis, described from the store's graph. */
async function storedTargets(options: AsOptions & { top: number }) {
  const analysis = await readStoredAnalysis(options.dataDir);
  const graph = await visibleGraph(options);
  const gone = analysis.targets.filter((target) => !graph.hasNode(target.id));
  if (gone.length > 0) {
    throw new DataError(
      `the stored analysis names ${gone.length} target(s) no longer in the store: run \`crosslink analyze\` again`,
    );
  }
  return {
    ...(await whoAsks(options)),
    analysis,
    targets: targetList(graph, analysis, options.top),
  };
}
