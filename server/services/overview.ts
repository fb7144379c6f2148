/**
 * The person network as a whole when it is small enough to draw (persons and
 * organisations, ties with their kinds); above the node limit, one super-node
 * per community with ties summed between communities, and a drill-down into
 * one community's members.
 */
import type { Tie } from "./person-ties.ts";
import { entityNode, type GraphEdge, type GraphJson } from "./graph-json.ts";
import type { LevelView } from "./world.ts";

const tieEdge = (tie: Tie): GraphEdge => ({
  key: `${tie.source}|${tie.target}`,
  source: tie.source,
  target: tie.target,
  attributes: {
    type: "tie",
    weight: tie.weight,
    kinds: tie.kinds,
    ...(tie.first !== undefined && { first: tie.first }),
    ...(tie.last !== undefined && { last: tie.last }),
  },
});

export function overview(view: LevelView, maxNodes: number, community?: number): GraphJson {
  if (community !== undefined) {
    const members = new Set(view.community.get(community) ?? []);
    return personNetwork(view, members, { level: "community", community });
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
  return {
    attributes,
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    nodes: [...members].map((id) => entityNode(view, id)),
    edges: view.tieList
      .filter((tie) => members.has(tie.source) && members.has(tie.target))
      .map(tieEdge),
  };
}

function communityNetwork(view: LevelView): GraphJson {
  const between = new Map<string, GraphEdge>();
  for (const tie of view.tieList) {
    const a = view.person.get(tie.source)?.community;
    const b = view.person.get(tie.target)?.community;
    if (a === undefined || b === undefined || a === b) continue;
    const [low, high] = a < b ? [a, b] : [b, a];
    const key = `community:${low}|community:${high}`;
    const edge = between.get(key) ?? {
      key,
      source: `community:${low}`,
      target: `community:${high}`,
      attributes: { type: "community_tie", weight: 0 },
    };
    edge.attributes.weight! += tie.weight;
    between.set(key, edge);
  }
  return {
    attributes: { level: "communities" },
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    nodes: view.analysis.communities.map((community) => ({
      key: `community:${community.id}`,
      attributes: {
        label: community.name,
        type: "community",
        classification: view.level,
        community: community.id,
        size: community.members.length,
        crimeTypes: Object.keys(community.crimeTypes).sort(),
      },
    })),
    edges: [...between.values()],
  };
}
