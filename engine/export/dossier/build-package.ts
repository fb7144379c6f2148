/**
 * Writes target packages: per target a folder with package.json, the CSV
 * tables, index.html, a PDF of the dossier when Chromium is installed, and
 * MANIFEST.sha256 over every file. Clearance is the caller's business: it
 * hands in the graph already filtered to what the user may see and the
 * analysis computed on that graph, so nothing here can leak a record above it.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { EntityGraph } from "../../model/index.ts";
import { indexAnalysis, type ExportAnalysis } from "../analysis-view.ts";
import { writeManifest } from "../manifest.ts";
import { collectDossier, DOSSIER_DEFAULTS, type DossierOptions } from "./contents.ts";
import { dossierHtml, HTML_DEFAULTS, type HtmlOptions } from "./html.ts";
import { DEFAULT_CHROMIUM_PATH, openPdfPrinter, type PdfPrinter } from "./pdf.ts";
import { dossierTables } from "./tables.ts";

export const PACKAGE_FORMATS = ["json", "csv", "html"] as const;
export type PackageFormat = (typeof PACKAGE_FORMATS)[number];

export interface TargetPackageOptions extends DossierOptions, HtmlOptions {
  formats: readonly PackageFormat[];
  /** "auto": a PDF when Chromium is found at `chromiumPath` and html is asked for. */
  pdf: "auto" | "never";
  chromiumPath: string;
  /** The clock for `generatedAt`, the one field that changes between runs. */
  now: () => Date;
}

export const TARGET_PACKAGE_DEFAULTS: Readonly<TargetPackageOptions> = {
  ...DOSSIER_DEFAULTS,
  ...HTML_DEFAULTS,
  formats: PACKAGE_FORMATS,
  pdf: "auto",
  chromiumPath: DEFAULT_CHROMIUM_PATH,
  now: () => new Date(),
};

export interface TargetPackageInput {
  /** The entity graph as the user may see it (already filtered to their clearance). */
  graph: EntityGraph;
  /** The analysis computed on that same graph. */
  analysis: ExportAnalysis;
  /** Entity ids of the targets, in the order to write them. */
  targets: readonly string[];
  /** Folder that receives one sub-folder per target. */
  out: string;
  /** The user (or "cli") that asked for the export, recorded as generatedBy. */
  generatedBy: string;
}

export interface WrittenPackage {
  id: string;
  folder: string;
  /** Files written, relative to the folder, MANIFEST.sha256 last. */
  files: string[];
  pdf: boolean;
}

export async function buildTargetPackage(
  input: TargetPackageInput,
  options: Partial<TargetPackageOptions> = {},
): Promise<WrittenPackage[]> {
  const resolved = { ...TARGET_PACKAGE_DEFAULTS, ...options };
  for (const format of resolved.formats) {
    if (!PACKAGE_FORMATS.includes(format)) {
      throw new Error(`export: unknown format "${format}" (use ${PACKAGE_FORMATS.join(", ")})`);
    }
  }
  for (const id of input.targets) {
    if (!input.graph.hasNode(id)) throw new Error(`export: no entity "${id}" to export`);
  }
  const analysis = indexAnalysis(input.analysis);
  const generatedAt = resolved.now().toISOString();
  const printer =
    resolved.pdf === "auto" && resolved.formats.includes("html")
      ? await openPdfPrinter(resolved.chromiumPath)
      : null;
  try {
    const written: WrittenPackage[] = [];
    for (const id of input.targets) {
      const dossier = collectDossier(
        { graph: input.graph, analysis, id, generatedBy: input.generatedBy, generatedAt },
        resolved,
      );
      const folder = join(input.out, folderName(id));
      written.push(await writeOne(folder, dossier, resolved, printer));
    }
    return written;
  } finally {
    await printer?.close();
  }
}

async function writeOne(
  folder: string,
  dossier: ReturnType<typeof collectDossier>,
  options: TargetPackageOptions,
  printer: PdfPrinter | null,
): Promise<WrittenPackage> {
  // A stale file from an earlier export would otherwise enter the manifest.
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const files: Record<string, string> = {};
  if (options.formats.includes("json")) {
    files["package.json"] = `${JSON.stringify(dossier, null, 2)}\n`;
  }
  if (options.formats.includes("csv")) Object.assign(files, dossierTables(dossier));
  if (options.formats.includes("html")) files["index.html"] = dossierHtml(dossier, options);
  for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content);
  const names = Object.keys(files);
  if (printer) {
    await printer.print(join(folder, "index.html"), join(folder, "dossier.pdf"));
    names.push("dossier.pdf");
  }
  await writeManifest(folder);
  return {
    id: dossier.person.id,
    folder,
    files: [...names.sort(), "MANIFEST.sha256"],
    pdf: !!printer,
  };
}

/** Entity ids become folder names; anything but letters, digits, dot, dash and underscore becomes "_". */
export function folderName(id: string): string {
  const safe = id.replace(/[^\p{L}\p{N}._-]/gu, "_");
  return safe.startsWith(".") ? `_${safe}` : safe;
}
