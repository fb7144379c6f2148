/**
 * The world as each clearance sees it: the clearance view of the entity graph,
 * the engine's Analysis computed on that view with the person network it was
 * computed on, and its tables by id. Built on first use per level and
 * cached; levels without records of their own share the view of the level
 * below, so there are at most four. The routes serve projections of these,
 * never a table of their own.
 */
import type {
  Analysis,
  AnalysisProgress,
  DirectedNetwork,
  NetworkAnalysis,
  PersonNetwork,
} from "../../engine/analytics/index.ts";
import {
  CLASSIFICATIONS,
  carryDecisions,
  type Classification,
  type EntityGraph,
  type MatchDecision,
} from "../../engine/model/index.ts";
import { countGraph, type StoreCounts } from "../../engine/store/index.ts";
import { clearanceViewInTurns, effectiveLevel, presentLevels } from "../../engine/access/index.ts";
import { analysisLookups, type AnalysisLookups } from "../../engine/export/index.ts";

/** The engine's analysis of a clearance view with its networks (in a worker thread by default, worker-analyzer.ts), reporting its progress. */
export type Analyzer = (
  graph: EntityGraph,
  onProgress?: AnalysisProgress,
) => NetworkAnalysis | Promise<NetworkAnalysis>;

/** Plus, by actor (AnalysisLookups): persons and organisations, targets, and ties and arcs read from the networks when asked. */
export interface LevelView extends AnalysisLookups {
  level: Classification;
  graph: EntityGraph;
  counts: StoreCounts;
  analysis: Analysis;
  /** The person network the analysis was computed on, and its directed view. */
  network: PersonNetwork;
  directed: DirectedNetwork;
  /** Ids of the members of each community. */
  community: Map<number, string[]>;
}

export class World {
  private readonly present: ReadonlySet<Classification>;
  private readonly views = new Map<Classification, Promise<LevelView>>();

  constructor(
    private readonly graph: EntityGraph,
    private readonly analyze: Analyzer,
  ) {
    this.present = presentLevels(graph);
  }

  /** `onProgress` hears of the analysis's steps when this call builds the view. */
  view(clearance: Classification, onProgress?: AnalysisProgress): Promise<LevelView> {
    const level = effectiveLevel(this.present, clearance);
    let view = this.views.get(level);
    if (!view) {
      view = this.build(level, onProgress);
      this.views.set(level, view);
      // A failed build is not cached: the next request tries again.
      view.catch(() => this.views.get(level) === view && this.views.delete(level));
    }
    return view;
  }

  /**
   * Builds the view of every level the graph holds, one after another (each
   * analysis holds its own copy of the graph), so that no request waits for
   * one; `onReady` hears of each with the seconds it took, `onProgress` of
   * each analysis's steps as they run.
   */
  async prepare(
    onReady?: (level: Classification, seconds: number) => void,
    onProgress?: (level: Classification) => AnalysisProgress,
  ): Promise<void> {
    const levels = new Set(CLASSIFICATIONS.map((level) => effectiveLevel(this.present, level)));
    for (const level of levels) {
      const started = performance.now();
      await this.view(level, onProgress?.(level));
      onReady?.(level, (performance.now() - started) / 1000);
    }
  }

  /**
   * After an analyst's match decision: the graph carries the store's
   * decisions, and each level's view and analysis are built again on their
   * next use (entity resolution changes who is one actor).
   */
  useDecisions(decisions: readonly MatchDecision[]): void {
    carryDecisions(this.graph, decisions);
    this.views.clear();
  }

  private async build(level: Classification, onProgress?: AnalysisProgress): Promise<LevelView> {
    const graph = await clearanceViewInTurns(this.graph, level);
    const analysed = await this.analyze(graph, onProgress);
    const { analysis, network, directed } = analysed;
    return {
      level,
      graph,
      counts: countGraph(graph),
      analysis,
      network,
      directed,
      ...analysisLookups(analysed),
      community: new Map(analysis.communities.map((c) => [c.id, c.members])),
    };
  }
}
