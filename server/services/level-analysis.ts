/**
 * Everything the routes read of one clearance level's analysis, computed
 * once where that level's clearance view is at hand (the embedded server's
 * world, or `crosslink analyze --levels` and the server's level worker on
 * Neo4j, level-files.ts): the engine's Analysis with the person network and
 * its directed view, and the few projections of the view the routes would
 * otherwise read the whole graph for — its counts, the target list with each
 * record's handling, the display fields of every person and organisation,
 * the map layer, the community overview and each network node's target
 * score. A request then only looks up; no route needs the view.
 *
 * What the routes read of it (LevelView) is the same for both servers: the
 * tables that are not per actor, held; per actor, lookups by id; the rest
 * read for one request. The embedded server holds it all; the server on
 * Neo4j holds only the first part and reads the others from the level's
 * file (stored-level-view.ts), so its memory does not grow with the persons.
 */
import type { Analysis, Csr, DirectedCsr, NetworkAnalysis } from "../../engine/analytics/index.ts";
import type { Classification, EntityGraph } from "../../engine/model/index.ts";
import { ACTOR_TYPES, countGraph, type StoreCounts } from "../../engine/store/index.ts";
import {
  analysisLookups,
  targetList,
  type AnalysisLookups,
  type Lookup,
  type TargetListEntry,
} from "../../engine/export/index.ts";
import type { GraphJson } from "./graph-shapes.ts";
import type { ActorCard } from "./actor-entry.ts";
import { mapLayer, type MapLayer } from "./map-layer.ts";
import { communityOverview } from "./community-overview.ts";

export type { ActorCard };

const CARD_FIELDS = ["handling_code", "kind", "birth_date", "nationality"] as const;

export interface LevelAnalysis extends NetworkAnalysis {
  level: Classification;
  /** Entities and links of the clearance view, by type. */
  counts: StoreCounts;
  /** Every target of the analysis, as the target list gives it. */
  targets: TargetListEntry[];
  /** Persons and organisations of the view by id. */
  cards: Map<string, ActorCard>;
  map: MapLayer;
  /** The person network drawn as communities (overview.ts), for a network too large to draw whole. */
  overview: GraphJson;
  /** Target score of each node of the person network, -1 for none (disruption by target score). */
  targetScores: Float64Array;
}

/** The Analysis but for its tables of one row per actor, which are looked up by id instead. */
export type HeldAnalysis = Omit<Analysis, "persons" | "organisations" | "attached">;

/** The caller's level as the routes read it. */
export interface LevelView extends AnalysisLookups {
  level: Classification;
  counts: StoreCounts;
  analysis: HeldAnalysis;
  cards: Lookup<string, ActorCard>;
  /** Ids of the members of each community. */
  community: ReadonlyMap<number, string[]>;
  map: MapLayer;
  overview: GraphJson;
  /** How many ids the person lookup knows (actors and the aliases accepted as them). */
  actorCount: number;
  /** Those ids, actors in the analysis's order, each followed by its aliases. */
  actorIds(): string[];
  /** Fields of the level's analysis for one request (on Neo4j read from its file, not kept). */
  read<K extends keyof LevelAnalysis>(...fields: K[]): Promise<Pick<LevelAnalysis, K>>;
  /** What a disruption run needs: both networks' indexes and each node's target score. */
  networks(): Promise<{ network: Csr; directed: DirectedCsr; targetScores: Float64Array }>;
}

/** The fields of a LevelAnalysis the server on Neo4j holds: no per-actor table, no network. */
export const HELD_FIELDS = ["level", "counts", "map", "overview", "analysis"] as const;
export const UNHELD_TABLES = ["persons", "organisations", "attached"] as const;

/** The projections of `graph` (one level's clearance view) beside its analysis. */
export function levelAnalysis(
  level: Classification,
  graph: EntityGraph,
  analysed: NetworkAnalysis,
): LevelAnalysis {
  const cards = new Map<string, ActorCard>();
  graph.forEachNode((id, attributes) => {
    if (!ACTOR_TYPES.includes(attributes.type)) return;
    const card: ActorCard = {
      type: attributes.type,
      label: attributes.label,
      classification: attributes.classification,
    };
    for (const field of CARD_FIELDS) {
      const value = attributes[field];
      if (typeof value === "string") card[field] = value;
    }
    cards.set(id, card);
  });
  const { analysis, network } = analysed;
  const person = analysisLookups(analysed).person;
  return {
    ...analysed,
    level,
    counts: countGraph(graph),
    // Every ranked person, for the targets table to page through (the top with their reasons).
    targets: targetList(graph, analysis, Infinity),
    cards,
    map: mapLayer(graph),
    overview: communityOverview(level, analysis, network),
    targetScores: Float64Array.from(network.csr.ids, (id) => person.get(id)?.score ?? -1),
  };
}

/** Every id the person lookup knows: each actor, then the aliases accepted as it. */
export const actorKeys = (analysis: Analysis) =>
  [...analysis.persons, ...analysis.organisations].flatMap((actor) => [
    actor.id,
    ...(actor.sameAs ?? []),
  ]);

/** The members of each community by its id. */
export const communityMembers = (analysis: HeldAnalysis) =>
  new Map(analysis.communities.map((c) => [c.id, c.members]));

/** The level held whole in memory (the embedded server). */
export function levelView(analysed: LevelAnalysis): LevelView {
  const keys = actorKeys(analysed.analysis);
  return {
    ...analysed,
    ...analysisLookups(analysed),
    community: communityMembers(analysed.analysis),
    actorCount: new Set(keys).size,
    actorIds: () => [...new Set(keys)],
    read: async () => analysed,
    networks: async () => ({
      network: analysed.network.csr,
      directed: analysed.directed.csr,
      targetScores: analysed.targetScores,
    }),
  };
}
