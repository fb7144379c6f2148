/**
 * Everything the routes read of one clearance level's analysis, computed
 * once where that level's clearance view is at hand (the embedded server's
 * world, or `crosslink analyze --levels` and the server's level worker on
 * Neo4j, level-files.ts): the engine's Analysis with the person network and
 * its directed view, and the few projections of the view the routes would
 * otherwise read the whole graph for — its counts, the target list with each
 * record's handling, the display fields of every person and organisation,
 * and the map layer. A request then only looks up; no route needs the view.
 */
import type { NetworkAnalysis } from "../../engine/analytics/index.ts";
import type { Classification, EntityGraph, EntityType } from "../../engine/model/index.ts";
import { ACTOR_TYPES, countGraph, type StoreCounts } from "../../engine/store/index.ts";
import { analysisLookups, targetList, type AnalysisLookups } from "../../engine/export/index.ts";
import type { TargetListEntry } from "../../engine/export/index.ts";
import { mapLayer, type MapLayer } from "./map-layer.ts";

/** What a person or organisation is shown with, wherever an analysis table names it. */
export type ActorCard = {
  type: EntityType;
  label: string;
  classification: Classification;
  handling_code?: string;
  kind?: string;
  birth_date?: string;
  nationality?: string;
};

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
}

/** The caller's level as the routes read it: the level's analysis and its tables by id. */
export interface LevelView extends LevelAnalysis, AnalysisLookups {
  /** Ids of the members of each community. */
  community: Map<number, string[]>;
}

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
  const { analysis } = analysed;
  return {
    ...analysed,
    level,
    counts: countGraph(graph),
    // Every ranked person, for the targets table to page through (the top with their reasons).
    targets: targetList(graph, analysis, Infinity),
    cards,
    map: mapLayer(graph),
  };
}

/** The tables by id the routes look things up in. */
export function levelView(analysed: LevelAnalysis): LevelView {
  return {
    ...analysed,
    ...analysisLookups(analysed),
    community: new Map(analysed.analysis.communities.map((c) => [c.id, c.members])),
  };
}
