/**
 * The sections of the HTML dossier, each a function of the dossier: words
 * for every code (engine/model/labels.ts), readable times (readable-time.ts),
 * and on every row that is one record its classification, handling code,
 * source and file in columns of their own.
 */
import { describeEvidence, type EvidenceSummary } from "../../analytics/index.ts";
import {
  CATEGORY_LABELS,
  CRIME_TYPE_LABELS,
  provenanceText,
  typeLabel,
  valueLabel,
  type PersonCategory,
} from "../../model/index.ts";
import { escapeXml as e } from "../escape.ts";
import { readableTime as t } from "../readable-time.ts";
import type { EntityView, Marking, RecordView } from "../records.ts";
import type { TargetDossier } from "./contents.ts";
import { generationText } from "./marking.ts";
import { egoSvg, nodeColour } from "./svg.ts";

type Name = (id: string) => string;

export function dossierBody(dossier: TargetDossier, timelineLimit: number): string {
  const person = dossier.person;
  const labels = new Map<string, string>(
    [person, ...dossier.entities, ...heldEntities(dossier)].map((entity) => [
      entity.id,
      entity.label,
    ]),
  );
  const name: Name = (id) => `${e(labels.get(id) ?? id)} <span class="muted">${e(id)}</span>`;
  return [
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

const crimeWords = (types: readonly string[]) =>
  types.map((type) => CRIME_TYPE_LABELS[type as keyof typeof CRIME_TYPE_LABELS] ?? type).join(", ");

function summary(dossier: TargetDossier): string {
  const fields = dossier.person.fields;
  const category = fields.category as PersonCategory | undefined;
  const rows: [string, unknown][] = [
    ["Category", category && CATEGORY_LABELS[category]],
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
    ["Crime types", crimeWords(dossier.crimeTypes)],
    ["Degree", dossier.scores?.degree],
    ["Betweenness", dossier.scores?.betweenness.toFixed(6)],
    ["PageRank", dossier.scores?.pagerank.toFixed(6)],
    ["Person record", recordText(dossier.person)],
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

function crimeLinks(dossier: TargetDossier, name: Name): string {
  return table(
    ["Crime type", "Hops", "Through", "Cases", "Evidence"],
    dossier.crimeLinks.map((link) => [
      e(crimeWords([link.type])),
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
  const network = dossier.egoNetwork;
  const legend = network.communities
    .map(
      (community) =>
        `<span><i style="background:${nodeColour({ community: community.id })}"></i>${e(community.name)}</span>`,
    )
    .join("");
  const note = network.truncated
    ? `<p class="muted">Only the ${network.nodes.length - 1} strongest ties are drawn; every tie is listed under Ties.</p>`
    : "";
  return `<figure>${egoSvg(network)}<figcaption class="legend">${legend}<span>■ organisation</span><span>● person</span></figcaption></figure>${note}`;
}

function timeline(dossier: TargetDossier, limit: number): string {
  const shown = dossier.timeline.slice(0, limit);
  const more = dossier.timeline.length - shown.length;
  return (
    table(
      ["When", "Event", "Records"],
      shown.map((event) => [
        e(t(event.when)),
        e(event.text),
        e(
          event.records.slice(0, 3).join(", ") +
            (event.records.length > 3 ? ` and ${event.records.length - 3} more` : ""),
        ),
      ]),
    ) + (more > 0 ? `<p class="muted">${more} more events in package.json.</p>` : "")
  );
}

const RECORD_HEADERS = ["Classification", "Handling code", "Source and file"];

/** The columns every row of one record carries. */
const recordCells = (record: RecordView): string[] => [
  e(record.classification),
  e(record.handling_code ?? ""),
  [record.source, provenanceText(record.provenance)]
    .filter(Boolean)
    .map((part) => e(part))
    .join("<br>"),
];

/** An item made of several records: their highest classification, then every handling code. */
const markingCell = (marking: Marking) =>
  [marking.classification, ...marking.handling_codes].map((part) => e(part)).join("<br>");

const recordText = (record: RecordView) =>
  [record.classification, record.handling_code, record.source, provenanceText(record.provenance)]
    .filter(Boolean)
    .join(" · ");

function moneyFlows(dossier: TargetDossier, name: Name): string {
  const rows = (["in", "out"] as const).flatMap((direction) =>
    dossier.transfers[direction].map((entry) => [
      e(entry.date),
      direction === "in" ? "received from" : "sent to",
      name(entry.counterpart),
      e(`${entry.amount.toFixed(2)} ${entry.currency}`),
      e(valueLabel(String(entry.transfer.fields.channel ?? ""))),
      ...recordCells(entry.transfer),
    ]),
  );
  rows.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
  const totals = (["in", "out"] as const).map(
    (direction) =>
      `${direction === "in" ? "received" : "sent"}: ${
        Object.entries(dossier.transfers.totals[direction])
          .map(([currency, amount]) => `${amount.toFixed(2)} ${currency}`)
          .join(", ") || "none"
      }`,
  );
  return (
    table(["Date", "Direction", "Counterpart", "Amount", "Channel", ...RECORD_HEADERS], rows, [3]) +
    `<p>Totals ${e(totals.join("; "))}</p>`
  );
}

function calls(dossier: TargetDossier, name: Name): string {
  return (
    `<p>${dossier.calls.count} calls, ${Math.round(dossier.calls.durationSeconds / 60)} minutes in all.</p>` +
    table(
      ["Number", "Users", "Calls", "Minutes", "First", "Last", "Marking"],
      dossier.calls.counterparts.map((entry) => [
        e(entry.number),
        entry.users.map(name).join(", "),
        e(entry.calls),
        e(Math.round(entry.durationSeconds / 60)),
        e(t(entry.first)),
        e(t(entry.last)),
        markingCell(entry.marking),
      ]),
      [2, 3],
    )
  );
}

function ties(dossier: TargetDossier, name: Name): string {
  return table(
    ["With", "Weight", "Evidence", "Records", "First", "Last", "Marking"],
    dossier.ties.map((tie) => [
      name(tie.other),
      e(tie.weight),
      e(describeEvidence({ ties: 1, ...tie })),
      e(tie.records.length),
      e(tie.first),
      e(tie.last),
      markingCell(tie.marking),
    ]),
    [1, 3],
  );
}

function sightings(dossier: TargetDossier, name: Name): string {
  return table(
    ["Time", "Subject", "Location", ...RECORD_HEADERS],
    dossier.sightings.map((entry) => [
      e(t(entry.time)),
      name(entry.subject),
      name(entry.location),
      ...recordCells(entry.sighting),
    ]),
  );
}

function held(dossier: TargetDossier): string {
  const rows = [dossier.person, ...heldEntities(dossier)].map((entity) => [
    e(typeLabel(entity.type)),
    `${e(entity.label)} <span class="muted">${e(entity.id)}</span>`,
    ...recordCells(entity),
  ]);
  return table(["Type", "Entity", ...RECORD_HEADERS], rows);
}

function provenance(dossier: TargetDossier): string {
  const p = dossier.provenance;
  return `<dl class="summary">
<dt>Generated</dt><dd>${e(generationText(dossier))}</dd>
<dt>Dataset hash</dt><dd>${e(p.datasetHash ?? "unknown")}</dd>
<dt>Seed</dt><dd>${e(p.seed ?? "not recorded")}</dd>
<dt>Parameters</dt><dd><dl class="parameters">${parameterLines(p.parameters)}</dl></dd>
</dl>`;
}

/**
 * The analysis parameters one per line as `path value` in two columns: as
 * indented JSON they filled three to four printed pages. package.json keeps
 * them whole.
 */
function parameterLines(parameters: object): string {
  return flatten(parameters)
    .map(([path, value]) => `<div><dt>${e(path)}</dt><dd>${e(value)}</dd></div>`)
    .join("");
}

function flatten(value: unknown, path = ""): [string, string][] {
  if (value === null || typeof value !== "object") return [[path, String(value)]];
  if (Array.isArray(value))
    return [
      [
        path,
        value
          .map((item) => (typeof item === "object" ? JSON.stringify(item) : String(item)))
          .join(", "),
      ],
    ];
  return Object.entries(value).flatMap(([key, inner]) =>
    flatten(inner, path ? `${path}.${key}` : key),
  );
}
