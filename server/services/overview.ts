/**
 * The person network as a whole when it is small enough to draw (persons and
 * organisations, ties with their kinds); above the node limit, one super-node
 * per community with ties summed between communities, and a drill-down into
 * one community's members.
 */
import { tieAt, type Tie } from "../../engine/export/person-ties.ts";
import type { CommunityRecord } from "../../engine/analytics/index.ts";
import { CRIME_TYPE_LABELS, type CrimeType } from "../../engine/model/index.ts";
import { entityNode, type GraphEdge, type GraphJson, type GraphNode } from "./graph-json.ts";
import type { LevelView } from "./world.ts";

const tieEdge = (tie: Tie): GraphEdge => ({
  key: `${tie.source}|${tie.target}`,
  source: tie.source,
  target: tie.target,
  attributes: {
    type: "tie",
    weight: tie.weight,
    kinds: tie.kinds,
    counts: tie.counts,
    // Money-flow mode draws transfers by amount: each currency kept apart.
    ...(Object.keys(tie.amounts).length > 0 && { amounts: tie.amounts }),
    ...(tie.first !== undefined && { first: tie.first }),
    ...(tie.last !== undefined && { last: tie.last }),
  },
});

/** What to draw: one community's members, or those of the small communities an "other" node holds. */
export type Drill = { community: number } | { folded: string };

export function overview(view: LevelView, maxNodes: number, drill?: Drill): GraphJson {
  if (drill && "community" in drill) {
    const members = new Set(view.community.get(drill.community) ?? []);
    return personNetwork(view, members, { level: "community", community: drill.community });
  }
  if (drill) {
    const members = new Set(
      view.analysis.communities
        .filter((community) => superNodeOf(community) === `other:${drill.folded}`)
        .flatMap((community) => community.members),
    );
    return personNetwork(view, members, { level: "community", folded: drill.folded });
  }
  if (view.person.size <= maxNodes) {
    return personNetwork(view, new Set(view.person.keys()), { level: "persons" });
  }
  return communityNetwork(view);
}

function personNetwork(
  view: LevelView,
  members: Set<string>,
  attributes: Record<string, unknown>,
): GraphJson {
  const { network } = view;
  const { ids } = network.csr;
  const edges: GraphEdge[] = [];
  for (let t = 0; t < network.ties.count; t++) {
    if (members.has(ids[network.ties.a[t]!]!) && members.has(ids[network.ties.b[t]!]!))
      edges.push(tieEdge(tieAt(network, t)));
  }
  return {
    attributes,
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    nodes: [...members].map((id) =>
      entityNode(view, id, view.cards.get(id)!, view.person.get(id)?.community),
    ),
    edges,
  };
}

/**
 * Communities smaller than this are folded into one "other" super-node per
 * dominant crime: at 20k persons about 1,100 of 1,106 super-nodes were
 * singletons around the networks, which then filled the screen.
 */
export const FOLD_BELOW = 5;

/** The super-node a community is drawn as: its own, or its crime's "other" node. */
function superNodeOf(community: CommunityRecord): string {
  return community.members.length < FOLD_BELOW
    ? `other:${community.dominantCrime ?? "none"}`
    : `community:${community.id}`;
}

function communityNetwork(view: LevelView): GraphJson {
  const { communities } = view.analysis;
  const nodeOf = new Map(communities.map((community) => [community.id, superNodeOf(community)]));
  const between = new Map<string, GraphEdge>();
  const { ties, csr } = view.network;
  for (let t = 0; t < ties.count; t++) {
    const a = nodeOf.get(view.person.get(csr.ids[ties.a[t]!]!)!.community)!;
    const b = nodeOf.get(view.person.get(csr.ids[ties.b[t]!]!)!.community)!;
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
          classification: view.level,
          community: community.id,
          size: community.members.length,
          // Most members first: the first is the community's dominant crime, which colours it.
          crimeTypes: Object.entries(community.crimeTypes)
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .map(([type]) => type),
        },
      })),
      ...foldedNodes(view, communities),
    ],
    edges: [...between.values()],
  };
}

/** One "other" super-node per dominant crime, holding the small communities that have it (`?folded=CRIME` draws their members). */
function foldedNodes(view: LevelView, communities: readonly CommunityRecord[]): GraphNode[] {
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
        classification: view.level,
        size,
        folded: groups.length,
        crimeTypes: crime === "none" ? [] : [crime],
      },
    };
  });
}
