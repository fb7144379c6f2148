/**
 * The ranked target list as every front end gives it (`crosslink targets`,
 * `GET /api/targets`, the viewer's targets panel and its CSV): every person
 * the Analysis ranks, in rank order — the top it explains as it stands there
 * (rank, score, feature percentiles, reasons, community), the rest with their
 * rank, score and community and no reasons —, each with how the record must be handled (type, label,
 * classification, handling code), its direct crime types, its network by
 * name and the roles its records and the analysis support. One projection,
 * so the CLI, the API and the viewer cannot disagree.
 */
import type { Analysis, TargetRecord } from "../analytics/index.ts";
import {
  CRIME_TYPE_LABELS,
  type Classification,
  type CrimeType,
  type EntityGraph,
} from "../model/index.ts";
import { toCsv } from "./csv.ts";
import { analysedRoles, roleWords } from "./entity-roles.ts";
import { markingOf, markingText } from "./records.ts";

export interface TargetListEntry extends Omit<TargetRecord, "features"> {
  /** Feature strengths: for the top the Analysis explains (`analysis.targets`) only. */
  features?: TargetRecord["features"];
  type: string;
  label: string;
  classification: Classification;
  handling_code?: string;
  crimeTypes: CrimeType[];
  /** The community's name in the analysis. */
  network: string;
  /** Roles in a word or two, from the records (skipper, driver...) and the analysis (money broker, crime bridge). */
  roles: string[];
}

/**
 * Every person `analysis` ranks as a target, best first, as records: the
 * explained top as they are, the rest with no reasons.
 */
export function rankedTargets(analysis: Analysis): Omit<TargetListEntry, keyof Described>[] {
  const explained = new Set(analysis.targets.map((target) => target.id));
  const rest = analysis.persons
    .filter((person) => person.targetRank !== null && !explained.has(person.id))
    .sort((a, b) => a.targetRank! - b.targetRank!)
    .map((person) => ({
      rank: person.targetRank!,
      id: person.id,
      name: person.name,
      community: person.community,
      score: person.score!,
      reasons: [],
      ...(person.sameAs && { sameAs: person.sameAs }),
    }));
  return [...analysis.targets, ...rest];
}

/** What the list adds to a ranked record. */
type Described = Pick<
  TargetListEntry,
  "type" | "label" | "classification" | "handling_code" | "crimeTypes" | "network" | "roles"
>;

/** The first `limit` persons `analysis` ranks as targets (all with `Infinity`); `analysis` was computed on `graph`. */
export function targetList(
  graph: EntityGraph,
  analysis: Analysis,
  limit: number,
): TargetListEntry[] {
  const crimeTypes = new Map(analysis.persons.map((person) => [person.id, person.crimeTypes]));
  const names = new Map(analysis.communities.map((community) => [community.id, community.name]));
  const analysed = analysedRoles(analysis);
  return rankedTargets(analysis)
    .slice(0, limit)
    .map((target) => {
      const { type, label, classification, handling_code } = graph.getNodeAttributes(target.id);
      const links = graph.mapEdges(target.id, (_, attributes) => ({
        type: attributes.type,
        ...(typeof attributes.role === "string" && { role: attributes.role }),
      }));
      return {
        ...target,
        type,
        label,
        classification,
        ...(handling_code !== undefined && { handling_code }),
        crimeTypes: crimeTypes.get(target.id) ?? [],
        network: names.get(target.community) ?? `community ${target.community}`,
        roles: roleWords(links, analysed(target.id)),
      };
    });
}

export const TARGET_COLUMNS = [
  "rank",
  "id",
  "name",
  "network",
  "crime_types",
  "roles",
  "score",
  "reasons",
  "classification",
  "handling_code",
] as const;

/**
 * The targets as CSV, in the order given, one row each with the person
 * record's classification and handling code; the whole list's marking (the
 * highest classification and every handling code of its rows) is the first
 * and the last line, as on every printed page of a dossier. Lists are joined
 * by "; ", crime types in words.
 */
export function targetCsv(targets: readonly TargetListEntry[]): string {
  const marking = markingText(markingOf(targets));
  const table = toCsv(
    TARGET_COLUMNS,
    targets.map((target) => [
      target.rank,
      target.id,
      target.label,
      target.network,
      target.crimeTypes.map((crime) => CRIME_TYPE_LABELS[crime]).join("; "),
      target.roles.join("; "),
      target.score,
      target.reasons.join("; "),
      target.classification,
      target.handling_code,
    ]),
  );
  const line = toCsv([marking], []);
  return `${line}${table}${line}`;
}
