/**
 * Everything about one entity a user may see: its fields, provenance,
 * classification and handling code, and its links (read from the store's
 * query layer, the caller's clearance applied inside the query); its scores
 * and crime links, its ties in the person network with the records that
 * evidence them, and who it calls and pays and who calls and pays it (from
 * the analysis of the caller's view: ties are the person network's own,
 * never re-derived from records).
 */
import type { ActorRecord, Analysis, NetworkAnalysis, TargetRecord } from "../analytics/index.ts";
import {
  ACTOR_TYPES,
  entitySummary,
  type Caller,
  type EntitySummary,
  type GraphQueries,
  type RecordSummary,
} from "../store/index.ts";
import { analysedRoles, entityRoles, type AnalysedRoles } from "./entity-roles.ts";
import { arcsByActor, tiesByActor, type Arc, type ByActor, type Tie } from "./person-ties.ts";
import { RECORD_HEADER_FIELDS } from "./records.ts";

const SHOWN_APART = new Set([...RECORD_HEADER_FIELDS, "merged_ids"]);
const LINK_LIMIT = 200;
const DIRECTED_LIMIT = 100;

export interface EvidenceRecord {
  id: string;
  kind: "link" | "entity";
  type: string;
  label?: string;
  classification: string;
  handling_code?: string;
  date?: string;
}

/** A table by key: a Map, or entries read from a file when asked (the server on Neo4j). */
export interface Lookup<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
}

/** The analysis of what the caller may see, by actor. */
export interface AnalysisLookups {
  /** Persons and organisations of the analysis by id. */
  person: Lookup<string, ActorRecord>;
  target: ReadonlyMap<string, TargetRecord>;
  ties: ByActor<Tie>;
  arcs: { out: ByActor<Arc>; in: ByActor<Arc> };
  /** Community names of the analysis by id. */
  communityName: ReadonlyMap<number, string>;
  /** The money broker hub and crime bridge records of an actor. */
  roles: (id: string) => AnalysedRoles;
}

/** Where a detail comes from: the store's query layer, and the analysis of what the caller may see. */
export interface DetailSource extends AnalysisLookups {
  store: GraphQueries;
  caller: Caller;
}

export function analysisLookups({ analysis, network, directed }: NetworkAnalysis): AnalysisLookups {
  return {
    ...summaryLookups(analysis),
    // A person accepted as the same as another (entity resolution) is looked up as that one actor.
    person: new Map(
      [...analysis.persons, ...analysis.organisations].flatMap((actor) => [
        [actor.id, actor] as const,
        ...(actor.sameAs ?? []).map((alias) => [alias, actor] as const),
      ]),
    ),
    ties: tiesByActor(network),
    arcs: arcsByActor(directed),
  };
}

/** The lookups made from the analysis's tables that are not per actor (targets, communities, roles). */
export function summaryLookups(
  analysis: Pick<Analysis, "targets" | "communities" | "flows" | "crimeOverlap">,
): Pick<AnalysisLookups, "target" | "communityName" | "roles"> {
  return {
    target: new Map(analysis.targets.map((target) => [target.id, target])),
    communityName: new Map(analysis.communities.map((community) => [community.id, community.name])),
    roles: analysedRoles(analysis),
  };
}

/** A community's name in the analysis (named from its routes or dominant crime). */
export const networkName = (lookups: AnalysisLookups, community: number): string =>
  lookups.communityName.get(community) ?? `community ${community}`;

/** The entity's detail, or undefined when it is unknown or hidden from the caller. */
/** One entity in detail, as `GET /api/entities/:id` and `crosslink entity` give it. */
export type EntityDetail = NonNullable<Awaited<ReturnType<typeof entityDetail>>>;

export async function entityDetail(view: DetailSource, id: string) {
  const { store, caller } = view;
  const entity = await store.entity(id, { ...caller, linkLimit: LINK_LIMIT });
  if (!entity) return undefined;
  const { attributes } = entity;
  const scores = view.person.get(id);
  // The actor of the analysis: the entity itself, or the person it was accepted as the same as.
  const actor = scores?.id ?? id;
  const ties = view.ties.get(actor) ?? [];
  const callsOut = directional(view.arcs.out.get(actor), (arc) => arc.target);
  const callsIn = directional(view.arcs.in.get(actor), (arc) => arc.source);
  const crimeLinks = scores?.crimeLinks ?? [];
  // A phone, vehicle or account stands for the persons behind it: who uses it matters most.
  const users = ACTOR_TYPES.includes(attributes.type)
    ? []
    : ((await store.actors([id], caller)).get(id) ?? []);
  const named = new Map(
    (
      await store.records(
        [
          ...ties.flatMap((tie) => [tie.source, tie.target, ...tie.evidence]),
          ...[...callsOut, ...callsIn].map((entry) => entry.other),
          ...crimeLinks.flatMap((link) => [...link.via, ...link.cases]),
          ...users,
        ],
        caller,
      )
    ).map((record) => [record.id, record]),
  );
  const summary = (other: string): EntitySummary => {
    const { id: key, type, label, classification, handling_code } = named.get(other)!;
    return {
      id: key,
      type: type as EntitySummary["type"],
      label: label!,
      classification,
      ...(handling_code !== undefined && { handling_code }),
    };
  };
  const properties: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes))
    if (!SHOWN_APART.has(name)) properties[name] = value;
  const labelOf = (other: string) => named.get(other)?.label ?? other;
  const communityName = (community: number) => networkName(view, community);
  const target = view.target.get(actor);
  const roles = entityRoles(entity.links, view.roles(actor), communityName);
  const sameAs = scores
    ? [scores.id, ...(scores.sameAs ?? [])].filter((other) => other !== id)
    : [];
  return {
    ...entitySummary(id, attributes),
    ...(attributes.source !== undefined && { source: attributes.source }),
    provenance: { file: attributes.provenance_file, line: attributes.provenance_line },
    properties,
    ...(scores && {
      scores: {
        community: scores.community,
        degree: scores.degree,
        betweenness: scores.betweenness,
        pagerank: scores.pagerank,
        ...(scores.targetRank !== null && {
          targetRank: scores.targetRank,
          targetScore: scores.score!,
        }),
        directed: scores.directed,
      },
      network: { id: scores.community, name: communityName(scores.community) },
      crimeTypes: scores.crimeTypes,
      crimeLinks: crimeLinks.map(({ type, hops, via, cases }) => ({
        type,
        hops,
        via,
        viaLabels: via.map(labelOf),
        evidence: cases,
        caseTitles: cases.map(labelOf),
      })),
    }),
    ...(roles.length > 0 && { roles }),
    ...(users.length > 0 && {
      usedBy: users
        .filter((user) => named.has(user))
        .map((user) => usedBy(view, user, labelOf(user))),
    }),
    ...(target && { reasons: target.reasons }),
    // Why a contact with high betweenness is not a target (an everyday hub), when that is the call.
    ...(scores?.caveat !== undefined && { caveat: scores.caveat }),
    ...(sameAs.length > 0 && { sameAs }),
    ties: ties.map((tie) => ({
      other: summary(tie.source === actor ? tie.target : tie.source),
      weight: tie.weight,
      kinds: tie.kinds,
      counts: tie.counts,
      amounts: tie.amounts,
      ...(tie.first !== undefined && { first: tie.first }),
      ...(tie.last !== undefined && { last: tie.last }),
      evidence: tie.evidence.flatMap((record) => {
        const found = named.get(record);
        return found ? [evidenceRecord(found)] : [];
      }),
    })),
    calls: {
      out: callsOut.map((entry) => ({ ...entry, other: summary(entry.other) })),
      in: callsIn.map((entry) => ({ ...entry, other: summary(entry.other) })),
    },
    links: entity.links,
    linkCount: entity.linkCount,
  };
}

/** A person behind a phone, vehicle or account, with their place in the analysis. */
function usedBy(view: DetailSource, id: string, label: string) {
  const scores = view.person.get(id);
  return {
    id,
    label,
    ...(scores && {
      network: { id: scores.community, name: networkName(view, scores.community) },
    }),
    ...(scores?.targetRank != null && { targetRank: scores.targetRank }),
    crimeTypes: scores?.crimeTypes ?? [],
  };
}

/** Who the entity calls and pays (or who calls and pays it): arcs with calls or transfers, most first. */
function directional(arcs: Arc[] | undefined, other: (arc: Arc) => string) {
  return (arcs ?? [])
    .filter((arc) => arc.calls + arc.transfers > 0)
    .sort((x, y) => y.calls + y.transfers - (x.calls + x.transfers) || y.weight - x.weight)
    .slice(0, DIRECTED_LIMIT)
    .map((arc) => ({
      other: other(arc),
      calls: arc.calls,
      transfers: arc.transfers,
      amounts: arc.amounts,
    }));
}

function evidenceRecord(record: RecordSummary): EvidenceRecord {
  const { id, kind, type, label, classification, handling_code, date } = record;
  return {
    id,
    kind,
    type,
    ...(label !== undefined && { label }),
    classification,
    ...(handling_code !== undefined && { handling_code }),
    ...(date !== undefined && { date }),
  };
}
