/**
 * The one place where exports depend on the shape of the analytics' result
 * (engine/analytics `Analysis`): the fields a target package or a network
 * export reads, typed structurally so that any Analysis with at least these
 * fields fits, and indexed once for lookups by id.
 */

export interface CrimeLinkView {
  type: string;
  hops: number;
  via: readonly string[];
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
  crimeTypes: Readonly<Record<string, number>>;
}

export interface TargetView {
  rank: number;
  id: string;
  score: number;
  reasons: readonly string[];
}

/** The part of an Analysis that exports read. */
export interface ExportAnalysis {
  parameters: Readonly<Record<string, unknown>>;
  communities: readonly CommunityView[];
  persons: readonly PersonScoresView[];
  targets: readonly TargetView[];
}

export interface AnalysisIndex {
  parameters: Readonly<Record<string, unknown>>;
  /** The seed that shaped the analysis, null when the analysis did not record one. */
  seed: number | null;
  targets: readonly TargetView[];
  person(id: string): PersonScoresView | undefined;
  target(id: string): TargetView | undefined;
  communityOf(id: string): CommunityView | undefined;
}

export function indexAnalysis(analysis: ExportAnalysis): AnalysisIndex {
  const persons = new Map(analysis.persons.map((person) => [person.id, person]));
  const targets = new Map(analysis.targets.map((target) => [target.id, target]));
  const communities = new Map(
    analysis.communities.map((community) => [String(community.id), community]),
  );
  const seed = analysis.parameters.seed;
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
