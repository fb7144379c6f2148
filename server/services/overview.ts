/**
 * The person network as a whole when it is small enough to draw (persons and
 * organisations, ties with their kinds); above the node limit, one super-node
 * per community with ties summed between communities (community-overview.ts),
 * and a drill-down into one community's members.
 */
import type { Tie } from "../../engine/export/person-ties.ts";
import { superNodeOf } from "./community-overview.ts";
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

/** What to draw: one community's members, or those of the small communities an "other" node holds. */
export type Drill = { community: number } | { folded: string };

export function overview(view: LevelView, maxNodes: number, drill?: Drill): GraphJson {
  if (drill && "community" in drill) {
    const members = view.community.get(drill.community) ?? [];
    return personNetwork(view, members, { level: "community", community: drill.community });
  }
  if (drill) {
    const members = view.analysis.communities
      .filter((community) => superNodeOf(community) === `other:${drill.folded}`)
      .flatMap((community) => community.members);
    return personNetwork(view, members, { level: "community", folded: drill.folded });
  }
  if (view.actorCount <= maxNodes) {
    return personNetwork(view, view.actorIds(), { level: "persons" });
  }
  return view.overview;
}

/** The members and the ties between them, read from each member's own ties (heaviest first). */
function personNetwork(
  view: LevelView,
  members: readonly string[],
  attributes: Record<string, unknown>,
): GraphJson {
  const inside = new Set(members);
  const edges: GraphEdge[] = [];
  for (const id of inside) {
    for (const tie of view.ties.get(id) ?? []) {
      // Each tie is listed at both ends: drawn once, from its source.
      if (tie.source === id && inside.has(tie.target)) edges.push(tieEdge(tie));
    }
  }
  return {
    attributes,
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    nodes: [...inside].map((id) =>
      entityNode(view, id, view.cards.get(id)!, view.person.get(id)?.community),
    ),
    edges,
  };
}
