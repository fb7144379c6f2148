/**
 * Target packages: per target package.json, the CSV tables, index.html, a
 * PDF of the dossier when Chromium is installed, and MANIFEST.sha256 over
 * every file. `renderTargetPackages` builds them in memory (for the API to
 * send), `buildTargetPackage` writes each to a folder (for the CLI).
 * Clearance is the caller's business: it hands in the graph already
 * filtered to what the user may see and the analysis computed on that
 * graph, so nothing here can leak a record above it.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Analysis, PersonNetwork } from "../../analytics/index.ts";
import type { EntityGraph } from "../../model/index.ts";
import { indexAnalysis } from "../analysis-view.ts";
import { MANIFEST_FILE, manifestOf } from "../manifest.ts";
import { compareText } from "../order.ts";
import { collectDossier, DOSSIER_DEFAULTS, type DossierOptions } from "./contents.ts";
import { dossierHtml, HTML_DEFAULTS, type HtmlOptions } from "./html.ts";
import { DEFAULT_CHROMIUM_PATH, openPdfPrinter } from "./pdf.ts";
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
  /** Hears of each package rendered (a PDF takes a second or more), for a progress display. */
  onProgress?: (done: number, total: number) => void;
}

export const TARGET_PACKAGE_DEFAULTS: Readonly<TargetPackageOptions> = {
  ...DOSSIER_DEFAULTS,
  ...HTML_DEFAULTS,
  formats: PACKAGE_FORMATS,
  pdf: "auto",
  chromiumPath: DEFAULT_CHROMIUM_PATH,
  now: () => new Date(),
};

export interface TargetPackageRequest {
  /** The entity graph as the user may see it (already filtered to their clearance). */
  graph: EntityGraph;
  /** The analysis computed on that same graph, and the person network it was computed on. */
  analysis: Analysis;
  network: PersonNetwork;
  /** Entity ids of the targets, in the order to build them. */
  targets: readonly string[];
  /** The user (or "cli:<name>") that asked for the export, recorded as generatedBy. */
  generatedBy: string;
}

export interface TargetPackageInput extends TargetPackageRequest {
  /** Folder that receives one sub-folder per target. */
  out: string;
}

export interface RenderedPackage {
  id: string;
  /** File name to content, MANIFEST.sha256 included. */
  files: Record<string, string | Buffer>;
}

export interface WrittenPackage {
  id: string;
  folder: string;
  /** Files written, sorted. */
  files: string[];
  pdf: boolean;
}

export async function renderTargetPackages(
  request: TargetPackageRequest,
  options: Partial<TargetPackageOptions> = {},
): Promise<RenderedPackage[]> {
  const resolved = { ...TARGET_PACKAGE_DEFAULTS, ...options };
  for (const format of resolved.formats) {
    if (!PACKAGE_FORMATS.includes(format)) {
      throw new Error(`export: unknown format "${format}" (use ${PACKAGE_FORMATS.join(", ")})`);
    }
  }
  for (const id of request.targets) {
    if (!request.graph.hasNode(id)) throw new Error(`export: no entity "${id}" to export`);
  }
  const analysis = indexAnalysis(request.analysis);
  const generatedAt = resolved.now().toISOString();
  const html = resolved.formats.includes("html");
  const printer =
    resolved.pdf === "auto" && html ? await openPdfPrinter(resolved.chromiumPath) : null;
  try {
    const packages: RenderedPackage[] = [];
    for (const id of request.targets) {
      const dossier = collectDossier(
        {
          graph: request.graph,
          analysis,
          network: request.network,
          id,
          generatedBy: request.generatedBy,
          generatedAt,
        },
        resolved,
      );
      const files: Record<string, string | Buffer> = {};
      if (resolved.formats.includes("json")) {
        files["package.json"] = `${JSON.stringify(dossier, null, 2)}\n`;
      }
      if (resolved.formats.includes("csv")) Object.assign(files, dossierTables(dossier));
      if (html) {
        files["index.html"] = dossierHtml(dossier, resolved);
        if (printer) files["dossier.pdf"] = await printer.print(files["index.html"]);
      }
      files[MANIFEST_FILE] = manifestOf(files);
      packages.push({ id, files });
      resolved.onProgress?.(packages.length, request.targets.length);
    }
    return packages;
  } finally {
    await printer?.close();
  }
}

export async function buildTargetPackage(
  input: TargetPackageInput,
  options: Partial<TargetPackageOptions> = {},
): Promise<WrittenPackage[]> {
  const written: WrittenPackage[] = [];
  for (const rendered of await renderTargetPackages(input, options)) {
    const folder = join(input.out, folderName(rendered.id));
    // A stale file from an earlier export would sit beside the new manifest.
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    for (const [name, content] of Object.entries(rendered.files)) {
      await writeFile(join(folder, name), content);
    }
    const files = Object.keys(rendered.files).sort(compareText);
    written.push({ id: rendered.id, folder, files, pdf: files.includes("dossier.pdf") });
  }
  return written;
}

/** Entity ids become folder names; anything but letters, digits, dot, dash and underscore becomes "_". */
export function folderName(id: string): string {
  const safe = id.replace(/[^\p{L}\p{N}._-]/gu, "_");
  return safe.startsWith(".") ? `_${safe}` : safe;
}
