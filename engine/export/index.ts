export * from "./analysis-view.ts";
export * from "./records.ts";
export * from "./manifest.ts";
export { SOFTWARE_VERSION } from "./version.ts";
export * from "./dossier/contents.ts";
export * from "./dossier/build-package.ts";
export * from "./dossier/select-targets.ts";
export {
  dossierHtml,
  HTML_DEFAULTS,
  printedPage,
  type HtmlOptions,
  type PrintedPage,
} from "./dossier/html.ts";
export { dossierBody } from "./dossier/html-sections.ts";
export { escapeXml } from "./escape.ts";
export { bannerText, generationText } from "./dossier/marking.ts";
export { readableTime } from "./readable-time.ts";
export { openPdfPrinter, DEFAULT_CHROMIUM_PATH, type PdfPrinter } from "./dossier/pdf.ts";
export { tiesOf, type Tie } from "./dossier/ties.ts";
export * from "./network/flat-graph.ts";
export * from "./network/ftm.ts";
export { toGexf } from "./network/gexf.ts";
export { toGraphml } from "./network/graphml.ts";
export { toCsvLists } from "./network/csv-lists.ts";
export * from "./network/write-network.ts";
export { personGraph, type PersonGraph } from "./network/person-graph.ts";
export * from "./target-list.ts";
export * from "./target-table.ts";
export {
  analysisLookups,
  entityDetail,
  networkName,
  summaryLookups,
  type AnalysisLookups,
  type Lookup,
  type DetailSource,
  type EntityDetail,
} from "./entity-detail.ts";
export * from "./referral-list.ts";
