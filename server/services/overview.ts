/**
 * The person network as a whole when it is small enough to draw (persons and
 * organisations, ties with their kinds); above the node limit, one super-node
 * per community with ties summed between communities, and a drill-down into
 * one community's members.
 */
import { tieAt, type Tie } from "../../engine/export/person-ties.ts";
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
    counts: tie.counts,
    // Money-flow mode draws transfers by amount: each currency kept apart.
    ...(Object.keys(tie.amounts).length > 0 && { amounts: tie.amounts }),
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
      entityNode(view, id, view.graph.getNodeAttributes(id), view.person.get(id)?.community),
    ),
    edges,
  };
}

function communityNetwork(view: LevelView): GraphJson {
  const between = new Map<string, GraphEdge>();
  const { ties, csr } = view.network;
  for (let t = 0; t < ties.count; t++) {
    const a = view.person.get(csr.ids[ties.a[t]!]!)!.community;
    const b = view.person.get(csr.ids[ties.b[t]!]!)!.community;
    if (a === b) continue;
    const [low, high] = a < b ? [a, b] : [b, a];
    const key = `community:${low}|community:${high}`;
    const edge = between.get(key) ?? {
      key,
      source: `community:${low}`,
      target: `community:${high}`,
      attributes: { type: "community_tie", weight: 0 },
    };
    edge.attributes.weight! += ties.weight[t]!;
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
        // Most members first: the first is the community's dominant crime, which colours it.
        crimeTypes: Object.entries(community.crimeTypes)
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .map(([type]) => type),
      },
    })),
    edges: [...between.values()],
  };
}
