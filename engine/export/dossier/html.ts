/**
 * The dossier as one self-contained HTML page: no script, no external
 * resource (a Content-Security-Policy forbids them), the ego network as
 * inline SVG. The classification and handling-code banner sits in the
 * header and footer of a page-wide table, which browsers repeat on every
 * printed page. The generation time is left out so that the page is the
 * same on every run; it is in package.json.
 */
import { describeEvidence, type EvidenceSummary } from "../../analytics/index.ts";
import { escapeXml as e } from "../escape.ts";
import { provenanceText } from "../../model/index.ts";
import type { EntityView, LinkView, RecordView } from "../records.ts";
import type { TargetDossier } from "./contents.ts";
import { egoSvg, TYPE_COLOURS } from "./svg.ts";

export interface HtmlOptions {
  /** Most timeline rows shown; the full timeline is in package.json. */
  timelineLimit: number;
}

export const HTML_DEFAULTS: Readonly<HtmlOptions> = { timelineLimit: 400 };

const CSS = `
body{font:13px/1.4 system-ui,sans-serif;color:#222;margin:0}
table.page{width:100%;border-collapse:collapse}
.banner{background:#b00020;color:#fff;text-align:center;font-weight:bold;padding:4px;letter-spacing:.05em}
main{padding:8px 24px}
h1{margin:.4em 0}h2{border-bottom:1px solid #ccc;margin-top:1.4em}
table.data{border-collapse:collapse;width:100%;margin:.4em 0}
table.data th,table.data td{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}
table.data th{background:#f3f3f3}
td.num{text-align:right;font-variant-numeric:tabular-nums}
dl.summary{display:grid;grid-template-columns:max-content auto;gap:2px 12px}
dl.summary dt{font-weight:bold}
.legend span{display:inline-block;margin-right:12px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px}
figure{margin:0;max-width:820px}
.muted{color:#666}
@page{size:A4;margin:12mm}
@media print{main{padding:0}h2{break-after:avoid}tr,figure{break-inside:avoid}.banner{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

export function dossierHtml(dossier: TargetDossier, options: Partial<HtmlOptions> = {}): string {
  const { timelineLimit } = { ...HTML_DEFAULTS, ...options };
  const person = dossier.person;
  const banner = bannerText(dossier);
  const labels = new Map<string, string>(
    [person, ...dossier.entities, ...heldEntities(dossier)].map((entity) => [
      entity.id,
      entity.label,
    ]),
  );
  const name = (id: string) => `${e(labels.get(id) ?? id)} <span class="muted">${e(id)}</span>`;
  const body = [
    `<h1>${e(person.label)} <span class="muted">${e(person.id)}</span></h1>`,
    summary(dossier),
    section("Why this person", reasons(dossier)),
    section("Crime links", crimeLinks(dossier, name)),
    section("Ego network", egoFigure(dossier)),
    section("Timeline", timeline(dossier, timelineLimit)),
    section("Money flows", moneyFlows(dossier, name)),
    section("Calls", calls(dossier, name)),
    section("Ties", ties(dossier, name)),
    section("Sightings", sightings(dossier, name)),
    section("Records held", held(dossier)),
    section("Provenance", provenance(dossier)),
  ].join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(banner)} · Target package ${e(person.label)} (${e(person.id)})</title>
<style>${CSS}</style>
</head>
<body>
<table class="page">
<thead><tr><td><div class="banner">${e(banner)}</div></td></tr></thead>
<tfoot><tr><td><div class="banner">${e(banner)}</div></td></tr></tfoot>
<tbody><tr><td><main>
${body}
</main></td></tr></tbody>
</table>
</body>
</html>
`;
}

export function bannerText(dossier: TargetDossier): string {
  const level = dossier.classification.toUpperCase();
  return dossier.handlingCodes.length > 0
    ? `${level} · ${dossier.handlingCodes.join(" · ")}`
    : level;
}

function heldEntities(dossier: TargetDossier): EntityView[] {
  return [
    ...dossier.phones,
    ...dossier.vehicles,
    ...dossier.accounts,
    ...dossier.routes,
    ...dossier.cases,
  ].map((entry) => entry.entity);
}

const section = (title: string, content: string) =>
  `<section><h2>${e(title)}</h2>\n${content}</section>`;

function table(headers: string[], rows: string[][], numeric: number[] = []): string {
  if (rows.length === 0) return `<p class="muted">None.</p>`;
  const head = headers.map((header) => `<th>${e(header)}</th>`).join("");
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td${numeric.includes(i) ? ' class="num"' : ""}>${cell}</td>`).join("")}</tr>`,
    )
    .join("\n");
  return `<table class="data"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function summary(dossier: TargetDossier): string {
  const fields = dossier.person.fields;
  const rows: [string, unknown][] = [
    ["Category", fields.category],
    ["Aliases", Array.isArray(fields.aliases) ? fields.aliases.join(", ") : undefined],
    ["Born", fields.birth_date],
    ["Nationality", fields.nationality],
    ["Target rank", dossier.scores?.rank],
    ["Target score", dossier.scores?.score?.toFixed(4)],
    [
      "Community",
      dossier.community &&
        `${dossier.community.name ?? dossier.community.id} (${dossier.community.size} members)`,
    ],
    ["Crime types", dossier.crimeTypes.join(", ")],
    ["Degree", dossier.scores?.degree],
    ["Betweenness", dossier.scores?.betweenness.toFixed(6)],
    ["PageRank", dossier.scores?.pagerank.toFixed(6)],
    ["Classification", dossier.person.classification],
  ];
  return `<dl class="summary">${rows
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    .map(([term, value]) => `<dt>${e(term)}</dt><dd>${e(value)}</dd>`)
    .join("")}</dl>`;
}

function reasons(dossier: TargetDossier): string {
  const list = dossier.scores?.explanation ?? [];
  if (list.length === 0) return `<p class="muted">Not among the ranked targets.</p>`;
  return `<ol>${list.map((reason) => `<li>${e(reason)}</li>`).join("")}</ol>`;
}

function crimeLinks(dossier: TargetDossier, name: (id: string) => string): string {
  return table(
    ["Crime type", "Hops", "Through", "Cases", "Evidence"],
    dossier.crimeLinks.map((link) => [
      e(link.type),
      e(link.hops),
      link.via.map(name).join(" → "),
      e(link.cases.join(", ")),
      e(evidenceText(link.evidence)),
    ]),
    [1],
  );
}

/** "2 ties: 3 calls, 1 transfer, EUR 500, 2024-01-03 to 2024-02-01". */
function evidenceText(evidence: EvidenceSummary): string {
  const span = evidence.first ? `, ${evidence.first} to ${evidence.last ?? evidence.first}` : "";
  return `${evidence.ties} tie${evidence.ties === 1 ? "" : "s"}: ${describeEvidence(evidence)}${span}`;
}

function egoFigure(dossier: TargetDossier): string {
  const types = [...new Set(dossier.egoNetwork.nodes.map((node) => node.type))].sort();
  const legend = types
    .map(
      (type) =>
        `<span><i style="background:${TYPE_COLOURS[type] ?? "#7f7f7f"}"></i>${e(type)}</span>`,
    )
    .join("");
  const note = dossier.egoNetwork.truncated
    ? `<p class="muted">Only the strongest ties are drawn; every tie is listed below.</p>`
    : "";
  return `<figure>${egoSvg(dossier.egoNetwork)}<figcaption class="legend">${legend}</figcaption></figure>${note}`;
}

function timeline(dossier: TargetDossier, limit: number): string {
  const shown = dossier.timeline.slice(0, limit);
  const more = dossier.timeline.length - shown.length;
  return (
    table(
      ["When", "Event", "Records"],
      shown.map((event) => [e(event.when), e(event.text), e(event.records.slice(0, 5).join(", "))]),
    ) + (more > 0 ? `<p class="muted">${more} more events in package.json.</p>` : "")
  );
}

function moneyFlows(dossier: TargetDossier, name: (id: string) => string): string {
  const rows = (["in", "out"] as const).flatMap((direction) =>
    dossier.transfers[direction].map((entry) => [
      e(entry.date),
      direction === "in" ? "in" : "out",
      name(entry.counterpart),
      e(entry.amount.toFixed(2)),
      e(entry.currency),
      e(entry.transfer.fields.channel),
      provenanceCell(entry.transfer),
    ]),
  );
  rows.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
  const totals = (["in", "out"] as const).map(
    (direction) =>
      `${direction}: ${
        Object.entries(dossier.transfers.totals[direction])
          .map(([currency, amount]) => `${amount.toFixed(2)} ${currency}`)
          .join(", ") || "none"
      }`,
  );
  return (
    table(
      ["Date", "Direction", "Counterpart", "Amount", "Currency", "Channel", "Record"],
      rows,
      [3],
    ) + `<p>Totals ${e(totals.join("; "))}</p>`
  );
}

function calls(dossier: TargetDossier, name: (id: string) => string): string {
  return (
    `<p>${dossier.calls.count} calls, ${Math.round(dossier.calls.durationSeconds / 60)} minutes in all.</p>` +
    table(
      ["Number", "Users", "Calls", "Minutes", "First", "Last"],
      dossier.calls.counterparts.map((entry) => [
        e(entry.number),
        entry.users.map(name).join(", "),
        e(entry.calls),
        e(Math.round(entry.durationSeconds / 60)),
        e(entry.first),
        e(entry.last),
      ]),
      [2, 3],
    )
  );
}

function ties(dossier: TargetDossier, name: (id: string) => string): string {
  return table(
    ["With", "Weight", "Evidence", "Records", "First", "Last"],
    dossier.ties.map((tie) => [
      name(tie.other),
      e(tie.weight),
      e(describeEvidence({ ties: 1, ...tie })),
      e(tie.records.length),
      e(tie.first),
      e(tie.last),
    ]),
    [1, 3],
  );
}

function sightings(dossier: TargetDossier, name: (id: string) => string): string {
  return table(
    ["Time", "Subject", "Location", "Record"],
    dossier.sightings.map((entry) => [
      e(entry.time),
      name(entry.subject),
      name(entry.location),
      provenanceCell(entry.sighting),
    ]),
  );
}

function held(dossier: TargetDossier): string {
  const rows = [dossier.person, ...heldEntities(dossier)].map((entity) => [
    e(entity.type),
    `${e(entity.label)} <span class="muted">${e(entity.id)}</span>`,
    provenanceCell(entity),
  ]);
  return table(["Type", "Entity", "Record"], rows);
}

function provenanceCell(record: RecordView | LinkView): string {
  const parts = [
    record.classification,
    record.handling_code,
    record.source,
    provenanceText(record.provenance),
  ].filter(Boolean);
  return e(parts.join(" · "));
}

function provenance(dossier: TargetDossier): string {
  const p = dossier.provenance;
  return `<dl class="summary">
<dt>Dataset hash</dt><dd>${e(p.datasetHash ?? "unknown")}</dd>
<dt>Seed</dt><dd>${e(p.seed ?? "not recorded")}</dd>
<dt>Parameters</dt><dd><code>${e(JSON.stringify(p.parameters))}</code></dd>
<dt>Software</dt><dd>crosslink ${e(p.softwareVersion)}</dd>
<dt>Generated by</dt><dd>${e(p.generatedBy)}</dd>
<dt>Generated at</dt><dd>see package.json</dd>
</dl>`;
}
