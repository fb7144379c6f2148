/**
 * The one place where exports depend on the shape of the analytics' result
 * (engine/analytics `Analysis`): the fields a target package or a network
 * export reads, typed structurally so that any Analysis with at least these
 * fields fits, and indexed once for lookups by id.
 */

export interface CrimeLinkView {
  type: string;
  hops: number;
  /** The actors along the chain, ending with the one directly involved. */
  via: readonly string[];
  /** That actor's cases of this crime type. */
  cases?: readonly string[];
  evidence: unknown;
}

export interface PersonScoresView {
  id: string;
  community: string | number | null;
  degree: number;
  betweenness: number;
  pagerank: number;
  crimeTypes: readonly string[];
  crimeLinks?: readonly CrimeLinkView[];
}

export interface CommunityView {
  id: string | number;
  name?: string;
  members: readonly string[];
  crimeTypes: Readonly<Record<string, number | undefined>>;
}

export interface TargetView {
  rank: number;
  id: string;
  score: number;
  reasons: readonly string[];
}

/** The part of an Analysis that exports read. */
export interface ExportAnalysis {
  /** All that shaped the analysis, the seed among it. */
  parameters: object;
  communities: readonly CommunityView[];
  persons: readonly PersonScoresView[];
  /** Organisations carry the same scores as persons. */
  organisations?: readonly PersonScoresView[];
  targets: readonly TargetView[];
}

export interface AnalysisIndex {
  parameters: object;
  /** The seed that shaped the analysis, null when the analysis did not record one. */
  seed: number | null;
  targets: readonly TargetView[];
  person(id: string): PersonScoresView | undefined;
  target(id: string): TargetView | undefined;
  communityOf(id: string): CommunityView | undefined;
}

export function indexAnalysis(analysis: ExportAnalysis): AnalysisIndex {
  const persons = new Map(
    [...analysis.persons, ...(analysis.organisations ?? [])].map((actor) => [actor.id, actor]),
  );
  const targets = new Map(analysis.targets.map((target) => [target.id, target]));
  const communities = new Map(
    analysis.communities.map((community) => [String(community.id), community]),
  );
  const seed = (analysis.parameters as { seed?: unknown }).seed;
  return {
    parameters: analysis.parameters,
    seed: typeof seed === "number" ? seed : null,
    targets: analysis.targets,
    person: (id) => persons.get(id),
    target: (id) => targets.get(id),
    communityOf: (id) => {
      const community = persons.get(id)?.community;
      return community === null || community === undefined
        ? undefined
        : communities.get(String(community));
    },
  };
}
