/**
 * The dossier as one self-contained HTML page: no script, no external
 * resource (a Content-Security-Policy forbids them), the ego network as
 * inline SVG. On paper the marking (the full classification and every
 * handling code) and the line saying when, by whom and with which version
 * the package was made are printed in the page's top and bottom margins
 * (CSS @page margin boxes, which Chromium prints on every page, a blank one
 * included); on screen they head and close the page. Nothing may widen the
 * page past A4: cells wrap long words, and the parameters are printed one
 * per line in two columns.
 */
import { CLASSIFICATION_LABELS, type Classification } from "../../model/index.ts";
import { escapeXml as e } from "../escape.ts";
import type { TargetDossier } from "./contents.ts";
import { dossierBody } from "./html-sections.ts";
import { generationText } from "./marking.ts";

export interface HtmlOptions {
  /** Most timeline rows shown; the full timeline is in package.json. */
  timelineLimit: number;
}

export const HTML_DEFAULTS: Readonly<HtmlOptions> = { timelineLimit: 400 };

const CSS = `
*{box-sizing:border-box}
body{font:12px/1.4 system-ui,sans-serif;color:#222;margin:0}
.marking{background:#b00020;color:#fff;text-align:center;font-weight:bold;padding:3px 6px}
.marking .codes{font-weight:normal}
.generated{text-align:center;font-size:10px;color:#444;padding:2px 0}
main{padding:8px 24px}
td,th,li,p,figcaption{overflow-wrap:break-word}
dd{overflow-wrap:anywhere}
h1{margin:.4em 0;font-size:20px}h2{border-bottom:1px solid #ccc;margin-top:1.2em;font-size:16px}
table.data{border-collapse:collapse;width:100%;margin:.4em 0;font-size:11px}
table.data th,table.data td{border:1px solid #ddd;padding:2px 5px;text-align:left;vertical-align:top}
table.data th{background:#f3f3f3}
td.num{text-align:right;font-variant-numeric:tabular-nums}
dl.summary{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 12px}
dl.summary dt{font-weight:bold}
dl.summary dd{margin:0;min-width:0}
.parameters{columns:2;column-gap:16px;font-size:9px;margin:0}
.parameters div{display:flex;gap:6px;break-inside:avoid}
dl.parameters dt{font-weight:normal;color:#555;flex:none;max-width:60%}
.parameters dd{margin:0}
.legend span{display:inline-block;margin-right:12px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px;vertical-align:-1px}
figure{margin:0 auto;max-width:620px}
.muted{color:#666}
@media print{.screen{display:none}main{padding:0}h2{break-after:avoid}tr,figure{break-inside:avoid}}
`;

/** Printed margin box: 9 pt lines, about 110 characters to a line across A4. */
const MARGIN_LINE_MM = 4.2;
const MARGIN_LINE_CHARS = 110;

/**
 * The @page rule: A4, and the marking with the generation line in the top
 * and bottom margins, each margin tall enough for the lines it holds.
 */
function pageCss(marking: string, generated: string): string {
  const lines = Math.ceil(marking.length / MARGIN_LINE_CHARS) + 1;
  const margin = Math.max(16, Math.ceil(lines * MARGIN_LINE_MM + 6));
  const box = `font:9pt/1.3 system-ui,sans-serif;white-space:pre-wrap;text-align:center;color:#fff;background:#b00020;-webkit-print-color-adjust:exact;print-color-adjust:exact`;
  return `@page{size:A4;margin:${margin}mm 10mm;
@top-center{content:${cssString(`${marking}\n${generated}`)};vertical-align:bottom;${box}}
@bottom-center{content:${cssString(`${generated}\n${marking}`)};vertical-align:top;${box}}}`;
}

/**
 * Text as a CSS string: quotes and backslashes escaped, new lines as \A,
 * and "<" as \3C so that no handling code can close the style element.
 */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n]/g, (c) => (c === "\n" ? "\\A " : `\\${c.charCodeAt(0).toString(16).toUpperCase()} `))}"`;
}

export function dossierHtml(dossier: TargetDossier, options: Partial<HtmlOptions> = {}): string {
  const { timelineLimit } = { ...HTML_DEFAULTS, ...options };
  const person = dossier.person;
  return printedPage({
    title: `Target package ${person.label} (${person.id})`,
    classification: dossier.classification,
    handlingCodes: dossier.handlingCodes,
    generated: generationText(dossier),
    body: dossierBody(dossier, timelineLimit),
  });
}

export interface PrintedPage {
  title: string;
  /** The page's marking: the highest classification of what it shows and every handling code. */
  classification: Classification;
  handlingCodes: readonly string[];
  /** "… generated 2026-12-07 04:40 UTC by rita · crosslink 0.1.0". */
  generated: string;
  /** The page's content, already HTML. */
  body: string;
}

/**
 * A self-contained printable page (dossier, briefing): no script, no external
 * resource, the marking and the generation line heading and closing it on
 * screen and in the margins of every printed page.
 */
export function printedPage(page: PrintedPage): string {
  const banner = [CLASSIFICATION_LABELS[page.classification], ...page.handlingCodes].join(" · ");
  const codes = page.handlingCodes.map((code) => `<span class="codes"> · ${e(code)}</span>`);
  const marking = `<div class="marking">${e(CLASSIFICATION_LABELS[page.classification])}${codes.join("")}</div>`;
  const generated = `<div class="generated">${e(page.generated)}</div>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(banner)} · ${e(page.title)}</title>
<style>${CSS}${pageCss(banner, page.generated)}</style>
</head>
<body>
<header class="screen">${marking}${generated}</header>
<main>
${page.body}
</main>
<footer class="screen">${generated}${marking}</footer>
</body>
</html>
`;
}
