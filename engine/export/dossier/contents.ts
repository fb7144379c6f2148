/**
 * The contents of a target package (its package.json): the person and every
 * record about it, each with classification, handling code and provenance,
 * the scores and their explanation from the analysis, the ego network and
 * the timeline. Pure: the graph and analysis in, a plain object out, with
 * every list in a fixed order so that the same input gives the same bytes.
 */
import type {
  AnalysisParameters,
  CommunityRecord,
  CrimeLink,
  PersonNetwork,
  TargetRecord,
} from "../../analytics/index.ts";
import type { Classification, CrimeType, EntityGraph } from "../../model/index.ts";
import type { AnalysisIndex } from "../analysis-view.ts";
import { compareText } from "../order.ts";
import {
  entityView,
  graphMarking,
  linkView,
  markingOf,
  markingRecords,
  type Marking,
  type EntityView,
  type LinkView,
  type RecordView,
} from "../records.ts";
import { SOFTWARE_VERSION } from "../version.ts";
import { egoNetwork, type EgoNetwork } from "./ego-network.ts";
import type { Held, TransferEntry } from "./held-records.ts";
import { timelineOf, type TimelineEvent } from "./timeline.ts";
import { chainRecords, tiesOf, type Tie } from "./ties.ts";

export type { Held, TransferEntry } from "./held-records.ts";

export const PACKAGE_FORMAT = "crosslink-target-package/1";

export interface DossierOptions {
  /** Most tied actors drawn in the ego network (the strongest ties). */
  egoMaxActors: number;
}

export const DOSSIER_DEFAULTS: Readonly<DossierOptions> = { egoMaxActors: 30 };

export interface CallCounterpart {
  phone: string;
  number: string;
  users: string[];
  /** The uses_phone records that name the users. */
  usage: string[];
  calls: number;
  durationSeconds: number;
  first: string;
  last: string;
  /** Of the calls, the phone, its users and their uses of it. */
  marking: Marking;
}

export interface TargetDossier {
  format: typeof PACKAGE_FORMAT;
  /** The highest classification of any record in the package. */
  classification: Classification;
  handlingCodes: string[];
  person: EntityView;
  target: TargetRecord | null;
  scores: {
    degree: number;
    betweenness: number;
    pagerank: number;
    score: number | null;
    rank: number | null;
    explanation: readonly string[];
  } | null;
  community: Pick<CommunityRecord, "id" | "name" | "size" | "crimeTypes" | "dominantCrime"> | null;
  crimeTypes: CrimeType[];
  /** Each with the marking of the actors, cases and tie records along its chain. */
  crimeLinks: (CrimeLink & { marking: Marking })[];
  phones: Held<"phone">[];
  vehicles: Held<"vehicle">[];
  accounts: Held<"online_account">[];
  routes: Held<"route">[];
  cases: Held<"case">[];
  associations: { link: LinkView; other: string }[];
  sightings: { sighting: LinkView; subject: string; location: string; time: string }[];
  transfers: {
    in: TransferEntry[];
    out: TransferEntry[];
    totals: { in: Record<string, number>; out: Record<string, number> };
  };
  calls: {
    count: number;
    durationSeconds: number;
    counterparts: CallCounterpart[];
    records: LinkView[];
  };
  ties: (Tie & { label: string })[];
  /** Every other entity the package names (counterparts, locations, tied actors). */
  entities: EntityView[];
  egoNetwork: EgoNetwork;
  timeline: TimelineEvent[];
  provenance: {
    datasetHash: string | null;
    parameters: AnalysisParameters;
    seed: number;
    softwareVersion: string;
    generatedBy: string;
    /** The only field that differs between two runs on the same input. */
    generatedAt: string;
  };
}

export interface DossierInput {
  graph: EntityGraph;
  analysis: AnalysisIndex;
  /** The person network the analysis was computed on: the ties come from it. */
  network: PersonNetwork;
  id: string;
  generatedBy: string;
  generatedAt: string;
}

const HELD = {
  phone: "phones",
  vehicle: "vehicles",
  online_account: "accounts",
  route: "routes",
  case: "cases",
} as const;
type HeldKind = keyof typeof HELD;

export function collectDossier(
  input: DossierInput,
  options: Partial<DossierOptions> = {},
): TargetDossier {
  const { graph, analysis, id } = input;
  const { egoMaxActors } = { ...DOSSIER_DEFAULTS, ...options };
  if (!graph.hasNode(id)) throw new Error(`export: no entity "${id}" in the graph`);

  const held = new Map<string, Held<HeldKind>>();
  const associations: TargetDossier["associations"] = [];
  const transfers = { in: [] as TransferEntry[], out: [] as TransferEntry[] };
  for (const key of sortedEdges(graph, id)) {
    const link = linkView(graph, key);
    const other = link.source_id === id ? link.target_id : link.source_id;
    const type = graph.getNodeAttribute(other, "type");
    if (link.type === "transfer") {
      const entry = {
        transfer: link,
        counterpart: other,
        amount: link.fields.amount as number,
        currency: link.fields.currency as string,
        date: link.fields.date as string,
      };
      transfers[link.target_id === id ? "in" : "out"].push(entry);
    } else if (link.type === "associated_with") {
      associations.push({ link, other });
    } else if (type in HELD && link.type !== "call") {
      let entry = held.get(other);
      if (!entry) {
        entry = { entity: entityView(graph, other), links: [], kind: type as HeldKind };
        held.set(other, entry);
      }
      entry.links.push(link);
    }
  }
  const heldOf = <K extends HeldKind>(kind: K) =>
    [...held.values()].filter((entry): entry is Held<K> => entry.kind === kind);

  const phones = heldOf("phone");
  const vehicles = heldOf("vehicle");
  const sightings = sightingsOf(graph, [id, ...vehicles.map((entry) => entry.entity.id)]);
  const calls = callsOf(
    graph,
    phones.map((entry) => entry.entity.id),
  );
  const ties = tiesOf(graph, input.network, id).map((tie) => ({
    ...tie,
    label: graph.getNodeAttribute(tie.other, "label"),
  }));

  const partiesByPhone = new Map(calls.counterparts.map((entry) => [entry.phone, entry]));
  const scores = analysis.actor(id);
  const target = analysis.target(id) ?? null;
  const community = analysis.communityOf(id);

  const named = new Set<string>([
    ...transfers.in.map((entry) => entry.counterpart),
    ...transfers.out.map((entry) => entry.counterpart),
    ...associations.map((entry) => entry.other),
    ...sightings.map((entry) => entry.location),
    ...calls.counterparts.map((entry) => entry.phone),
    ...calls.counterparts.flatMap((entry) => entry.users),
    ...ties.map((tie) => tie.other),
    ...(scores?.crimeLinks ?? []).flatMap((link) => [...link.via, ...link.cases]),
  ]);
  for (const node of held.keys()) named.delete(node);
  named.delete(id);
  const entities = [...named]
    .filter((node) => graph.hasNode(node))
    .sort(compareText)
    .map((node) => entityView(graph, node));

  const person = entityView(graph, id);
  const records: RecordView[] = [
    person,
    ...[...held.values()].flatMap((entry) => [entry.entity, ...entry.links]),
    ...associations.map((entry) => entry.link),
    ...sightings.map((entry) => entry.sighting),
    ...transfers.in.map((entry) => entry.transfer),
    ...transfers.out.map((entry) => entry.transfer),
    ...calls.records,
    ...entities,
  ];

  const crimeLinks = (scores?.crimeLinks ?? []).map((link) => ({
    ...link,
    marking: graphMarking(graph, [
      ...link.via,
      ...link.cases,
      ...chainRecords(input.network, [id, ...link.via]),
    ]),
  }));
  const ego = egoNetwork(graph, analysis, input.network, id, ties, egoMaxActors);
  const timeline = timelineOf({
    id,
    transfers,
    sightings,
    calls: calls.records,
    ownPhones: new Set(phones.map((entry) => entry.entity.id)),
    phoneUsers: (phone) => partiesByPhone.get(phone) ?? { users: [], usage: [] },
    mark: (keys) => graphMarking(graph, keys),
    held: [...held.values()],
    label: (node) => graph.getNodeAttribute(node, "label"),
  });
  // The package carries every record listed and every item made of records: its marking is theirs.
  const marking = markingOf([
    ...records,
    ...[...ties, ...crimeLinks, ...calls.counterparts, ...ego.edges, ...timeline].flatMap((item) =>
      markingRecords(item.marking),
    ),
  ]);

  return {
    format: PACKAGE_FORMAT,
    classification: marking.classification,
    handlingCodes: marking.handling_codes,
    person,
    target,
    scores: scores
      ? {
          degree: scores.degree,
          betweenness: scores.betweenness,
          pagerank: scores.pagerank,
          score: scores.score,
          rank: scores.targetRank,
          explanation: target?.reasons ?? [],
        }
      : null,
    community: community
      ? {
          id: community.id,
          name: community.name,
          size: community.size,
          crimeTypes: community.crimeTypes,
          dominantCrime: community.dominantCrime,
        }
      : null,
    crimeTypes: scores?.crimeTypes ?? [],
    crimeLinks,
    phones,
    vehicles,
    accounts: heldOf("online_account"),
    routes: heldOf("route"),
    cases: heldOf("case"),
    associations,
    sightings,
    transfers: {
      ...transfers,
      totals: { in: totals(transfers.in), out: totals(transfers.out) },
    },
    calls,
    ties,
    entities,
    egoNetwork: ego,
    timeline,
    provenance: {
      datasetHash: graph.getAttribute("datasetHash") ?? null,
      parameters: analysis.analysis.parameters,
      seed: analysis.analysis.parameters.seed,
      softwareVersion: SOFTWARE_VERSION,
      generatedBy: input.generatedBy,
      generatedAt: input.generatedAt,
    },
  };
}

function sortedEdges(graph: EntityGraph, node: string): string[] {
  return [...new Set(graph.edges(node))].sort(compareText);
}

function sightingsOf(graph: EntityGraph, subjects: string[]): TargetDossier["sightings"] {
  const rows: TargetDossier["sightings"] = [];
  for (const subject of subjects) {
    for (const key of graph.outEdges(subject)) {
      if (graph.getEdgeAttribute(key, "type") !== "sighted_at") continue;
      const sighting = linkView(graph, key);
      rows.push({
        sighting,
        subject,
        location: sighting.target_id,
        time: sighting.fields.time as string,
      });
    }
  }
  return rows.sort(
    (a, b) => compareText(a.time, b.time) || compareText(a.sighting.id, b.sighting.id),
  );
}

function callsOf(graph: EntityGraph, phones: string[]): TargetDossier["calls"] {
  const own = new Set(phones);
  const keys = new Set<string>();
  for (const phone of phones) {
    graph.forEachEdge(phone, (key, attributes) => {
      if (attributes.type === "call") keys.add(key);
    });
  }
  const records = [...keys].sort(compareText).map((key) => linkView(graph, key));
  const byPhone = new Map<string, CallCounterpart>();
  const callKeys = new Map<string, string[]>();
  let durationSeconds = 0;
  for (const call of records) {
    const duration = (call.fields.duration_s as number | undefined) ?? 0;
    const start = call.fields.start as string;
    durationSeconds += duration;
    const others = [call.source_id, call.target_id].filter((phone) => !own.has(phone));
    for (const phone of others.length > 0 ? others : [call.target_id]) {
      let entry = byPhone.get(phone);
      if (!entry) {
        const usage = graph
          .filterInEdges(phone, (_key, attributes) => attributes.type === "uses_phone")
          .sort(compareText);
        entry = {
          phone,
          number: graph.getNodeAttribute(phone, "label"),
          users: [...new Set(usage.map((key) => graph.source(key)))].sort(compareText),
          usage,
          calls: 0,
          durationSeconds: 0,
          first: start,
          last: start,
          marking: markingOf([]),
        };
        byPhone.set(phone, entry);
        callKeys.set(phone, []);
      }
      callKeys.get(phone)!.push(call.id);
      entry.calls++;
      entry.durationSeconds += duration;
      if (start < entry.first) entry.first = start;
      if (start > entry.last) entry.last = start;
    }
  }
  for (const entry of byPhone.values()) {
    entry.marking = graphMarking(graph, [
      entry.phone,
      ...entry.users,
      ...entry.usage,
      ...callKeys.get(entry.phone)!,
    ]);
  }
  const counterparts = [...byPhone.values()].sort(
    (a, b) => b.calls - a.calls || compareText(a.phone, b.phone),
  );
  return { count: records.length, durationSeconds, counterparts, records };
}

/** Sums per currency, rounded to cents so that float noise does not reach the reader. */
function totals(entries: TransferEntry[]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const entry of [...entries].sort((a, b) => compareText(a.currency, b.currency))) {
    sums[entry.currency] = (sums[entry.currency] ?? 0) + entry.amount;
  }
  for (const currency of Object.keys(sums))
    sums[currency] = Math.round(sums[currency]! * 100) / 100;
  return sums;
}
