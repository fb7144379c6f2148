/**
 * The person network drawn as communities, for a network too large to draw
 * whole: one super-node per community, the small ones folded into one
 * "other" node per dominant crime, ties summed between them. Computed once
 * per level where the analysis is at hand (level-analysis.ts) and served as
 * it is (overview.ts).
 */
import type { Analysis, CommunityRecord, PersonNetwork } from "../../engine/analytics/index.ts";
import {
  CRIME_TYPE_LABELS,
  type Classification,
  type CrimeType,
} from "../../engine/model/index.ts";
import type { GraphEdge, GraphJson, GraphNode } from "./graph-shapes.ts";

/**
 * Communities smaller than this are folded into one "other" super-node per
 * dominant crime: at 20k persons about 1,100 of 1,106 super-nodes were
 * singletons around the networks, which then filled the screen.
 */
export const FOLD_BELOW = 5;

/** The super-node a community is drawn as: its own, or its crime's "other" node. */
export function superNodeOf(community: CommunityRecord): string {
  return community.members.length < FOLD_BELOW
    ? `other:${community.dominantCrime ?? "none"}`
    : `community:${community.id}`;
}

/** One super-node per community (small ones folded), ties summed between them: computed once per level (level-analysis.ts). */
export function communityOverview(
  level: Classification,
  analysis: Analysis,
  network: PersonNetwork,
): GraphJson {
  const { communities } = analysis;
  const nodeOf = new Map(communities.map((community) => [community.id, superNodeOf(community)]));
  const communityOf = new Map(
    [...analysis.persons, ...analysis.organisations].map((actor) => [actor.id, actor.community]),
  );
  const between = new Map<string, GraphEdge>();
  const { ties, csr } = network;
  for (let t = 0; t < ties.count; t++) {
    const a = nodeOf.get(communityOf.get(csr.ids[ties.a[t]!]!)!)!;
    const b = nodeOf.get(communityOf.get(csr.ids[ties.b[t]!]!)!)!;
    if (a === b) continue;
    const [low, high] = a < b ? [a, b] : [b, a];
    const key = `${low}|${high}`;
    const edge = between.get(key) ?? {
      key,
      source: low,
      target: high,
      attributes: { type: "community_tie", weight: 0 },
    };
    edge.attributes.weight! += ties.weight[t]!;
    between.set(key, edge);
  }
  const kept = communities.filter((community) => community.members.length >= FOLD_BELOW);
  return {
    attributes: { level: "communities" },
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    nodes: [
      ...kept.map((community) => ({
        key: `community:${community.id}`,
        attributes: {
          label: community.name,
          type: "community",
          classification: level,
          community: community.id,
          size: community.members.length,
          // Most members first: the first is the community's dominant crime, which colours it.
          crimeTypes: Object.entries(community.crimeTypes)
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .map(([type]) => type),
        },
      })),
      ...foldedNodes(level, communities),
    ],
    edges: [...between.values()],
  };
}

/** One "other" super-node per dominant crime, holding the small communities that have it (`?folded=CRIME` draws their members). */
function foldedNodes(level: Classification, communities: readonly CommunityRecord[]): GraphNode[] {
  const folded = new Map<string, CommunityRecord[]>();
  for (const community of communities) {
    if (community.members.length >= FOLD_BELOW) continue;
    const crime = community.dominantCrime ?? "none";
    folded.set(crime, [...(folded.get(crime) ?? []), community]);
  }
  return [...folded].map(([crime, groups]) => {
    const size = groups.reduce((sum, group) => sum + group.members.length, 0);
    return {
      key: `other:${crime}`,
      attributes: {
        label: `${size} in ${groups.length} small groups (${crime === "none" ? "no recorded crime" : CRIME_TYPE_LABELS[crime as CrimeType]})`,
        type: "community",
        classification: level,
        size,
        folded: groups.length,
        crimeTypes: crime === "none" ? [] : [crime],
      },
    };
  });
}
