/** `crosslink targets`: the ranked targets of the stored analysis, as a table, JSON or CSV. */
import { readFile } from "node:fs/promises";
import { stringify } from "csv-stringify/sync";
import type { Analysis, TargetRecord } from "../../../engine/analytics/index.ts";
import { UsageError } from "../errors.ts";
import { printTable } from "../print-table.ts";
import { storedAnalysisPath } from "../stored-analysis.ts";

export const TARGET_FORMATS = ["table", "json", "csv"] as const;
export type TargetFormat = (typeof TARGET_FORMATS)[number];

export async function run(options: {
  top: number;
  format: TargetFormat;
  dataDir: string;
}): Promise<void> {
  const path = storedAnalysisPath(options.dataDir);
  const text = await readFile(path, "utf8").catch(() => {
    throw new UsageError(
      `no stored analysis in ${options.dataDir}: run \`crosslink analyze\` first`,
    );
  });
  const analysis = JSON.parse(text) as Analysis;
  const targets = analysis.targets.slice(0, options.top);
  if (targets.length < options.top && analysis.targets.length === analysis.parameters.targets.top) {
    console.error(
      `note: the stored analysis lists ${analysis.targets.length} targets; analyse again with a larger top for more`,
    );
  }
  const communityName = new Map(analysis.communities.map((c) => [c.id, c.name]));
  switch (options.format) {
    case "json":
      console.log(JSON.stringify(targets, null, 2));
      return;
    case "csv":
      process.stdout.write(
        stringify(
          targets.map((t) => csvRow(t, communityName)),
          { header: true, columns: ["rank", "id", "name", "score", "community", "reasons"] },
        ),
      );
      return;
    default:
      printTable(
        ["rank", "id", "name", "score", "community", "reasons"],
        targets.map((t) => [
          String(t.rank),
          t.id,
          t.name,
          t.score.toFixed(4),
          communityName.get(t.community) ?? String(t.community),
          t.reasons.join("; "),
        ]),
      );
  }
}

function csvRow(target: TargetRecord, communityName: Map<number, string>) {
  return {
    rank: target.rank,
    id: target.id,
    name: target.name,
    score: target.score,
    community: communityName.get(target.community) ?? target.community,
    reasons: target.reasons.join(" | "),
  };
}
