/**
 * The engine's Analysis (engine/analytics) indexed once for the lookups by id
 * that target packages and network exports make.
 */
import type { ActorRecord, Analysis, CommunityRecord, TargetRecord } from "../analytics/index.ts";

export interface AnalysisIndex {
  analysis: Analysis;
  /** A person's or organisation's line of the Analysis. */
  actor(id: string): ActorRecord | undefined;
  target(id: string): TargetRecord | undefined;
  communityOf(id: string): CommunityRecord | undefined;
}

export function indexAnalysis(analysis: Analysis): AnalysisIndex {
  const actors = new Map(
    [...analysis.persons, ...analysis.organisations].map((actor) => [actor.id, actor]),
  );
  const targets = new Map(analysis.targets.map((target) => [target.id, target]));
  const communities = new Map(analysis.communities.map((community) => [community.id, community]));
  return {
    analysis,
    actor: (id) => actors.get(id),
    target: (id) => targets.get(id),
    communityOf: (id) => {
      const actor = actors.get(id);
      return actor && communities.get(actor.community);
    },
  };
}
