/**
 * The ego network of a target as a reader follows it on paper: the persons
 * and organisations it is tied to (the strongest ties first, capped at
 * `maxActors`) and the ties among them, each tie one line however many calls,
 * shared phones or trips make it. Phones, vehicles, routes and cases are not
 * drawn: they are the evidence of the ties and are listed with them.
 */
import type { PersonNetwork, TieKind } from "../../analytics/index.ts";
import { actorTies, significant } from "../../analytics/index.ts";
import type { EntityGraph } from "../../model/index.ts";
import type { AnalysisIndex } from "../analysis-view.ts";
import { compareText } from "../order.ts";
import { graphMarking, type Marking } from "../records.ts";
import type { Tie } from "./ties.ts";

export interface EgoNode {
  id: string;
  type: string;
  label: string;
  /** 0 for the target, 1 for an actor tied to it. */
  ring: 0 | 1;
  /** The actor's community in the analysis, null when it has none. */
  community: number | null;
}

export interface EgoEdge {
  source: string;
  target: string;
  weight: number;
  /** Evidence items per kind, as the tie in the person network has them. */
  kinds: Partial<Record<TieKind, number>>;
  /** Of the two actors and the tie's records. */
  marking: Marking;
}

export interface EgoNetwork {
  nodes: EgoNode[];
  /** The communities of the drawn actors, most drawn members first (ties by id): the legend's order. */
  communities: { id: number; name: string }[];
  edges: EgoEdge[];
  /** True when the cap left some tied actors out. */
  truncated: boolean;
}

export function egoNetwork(
  graph: EntityGraph,
  analysis: AnalysisIndex,
  network: PersonNetwork,
  id: string,
  ties: readonly Tie[],
  maxActors: number,
): EgoNetwork {
  // `ties` are heaviest first: the cap keeps the strongest.
  const kept = ties.slice(0, maxActors).map((tie) => tie.other);
  const members = new Set([id, ...kept]);
  const node = (actor: string, ring: 0 | 1): EgoNode => ({
    id: actor,
    type: graph.getNodeAttribute(actor, "type"),
    label: graph.getNodeAttribute(actor, "label"),
    ring,
    community: analysis.actor(actor)?.community ?? null,
  });
  const nodes = [node(id, 0), ...kept.map((actor) => node(actor, 1))];

  const edges: EgoEdge[] = [];
  const index = new Map(network.csr.ids.map((actor, i) => [actor, i]));
  for (const actor of members) {
    const v = index.get(actor);
    if (v === undefined) continue;
    for (const tie of actorTies(network, v)) {
      // Each tie once, from its end that sorts first.
      if (!members.has(tie.other) || compareText(actor, tie.other) >= 0) continue;
      edges.push({
        source: actor,
        target: tie.other,
        weight: significant(tie.weight),
        kinds: tie.kinds,
        marking: graphMarking(graph, [actor, tie.other, ...tie.records]),
      });
    }
  }
  edges.sort((a, b) => compareText(a.source, b.source) || compareText(a.target, b.target));
  return {
    nodes,
    communities: rankCommunities(nodes, analysis),
    edges,
    truncated: ties.length > kept.length,
  };
}

function rankCommunities(nodes: readonly EgoNode[], analysis: AnalysisIndex) {
  const sizes = new Map<number, number>();
  for (const { community } of nodes)
    if (community !== null) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const names = new Map(analysis.analysis.communities.map((c) => [c.id, c.name]));
  return [...sizes]
    .sort(([a, m], [b, n]) => n - m || a - b)
    .map(([id]) => ({ id, name: names.get(id) ?? `community ${id}` }));
}
