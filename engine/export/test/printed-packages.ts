/**
 * Packages to print in the browser tests: the two top targets of the demo
 * world and its most-tied target of the top 50 (many pages, long handling
 * codes, more ties than the ego network draws) and P1 of the small world (a
 * secret record among restricted ones), rendered with a fixed clock.
 */
import { fileURLToPath } from "node:url";
import { analyzeWithNetwork, type Analysis } from "../../analytics/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { renderTargetPackages } from "../dossier/build-package.ts";
import type { TargetDossier } from "../dossier/contents.ts";
import { topTargets } from "../dossier/select-targets.ts";
import { writeSmallWorld } from "./small-world.ts";

const DEMO = fileURLToPath(new URL("../../../fixtures/demo", import.meta.url));

export const PRINTED_AT = new Date("2026-12-07T04:40:00Z");
export const PRINTED_AT_TEXT = "2026-12-07 04:40 UTC";

export interface PrintedPackage {
  id: string;
  dossier: TargetDossier;
  html: string;
  pdf: Buffer | undefined;
}

export async function printedPackages(pdf: "auto" | "never"): Promise<PrintedPackage[]> {
  const printed: PrintedPackage[] = [];
  for (const [folder, pick] of [
    [
      DEMO,
      (targets: string[], analysis: Analysis) => [
        ...targets.slice(0, 2),
        mostTied(analysis, targets.slice(2)),
      ],
    ],
    [await writeSmallWorld(), () => ["P1"]],
  ] as const) {
    const graph = toEntityGraph(await loadDataset(folder));
    const { analysis, network } = analyzeWithNetwork(graph);
    const rendered = await renderTargetPackages(
      {
        graph,
        analysis,
        network,
        targets: pick(topTargets(analysis, 50), analysis),
        generatedBy: "rita",
      },
      { formats: ["json", "html"], pdf, now: () => PRINTED_AT },
    );
    for (const { id, files } of rendered) {
      printed.push({
        id,
        dossier: JSON.parse(files["package.json"] as string) as TargetDossier,
        html: files["index.html"] as string,
        pdf: files["dossier.pdf"] as Buffer | undefined,
      });
    }
  }
  return printed;
}

function mostTied(analysis: Analysis, ids: string[]): string {
  const degree = new Map(analysis.persons.map((person) => [person.id, person.degree]));
  return ids.reduce((best, id) => (degree.get(id)! > degree.get(best)! ? id : best));
}
