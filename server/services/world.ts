/**
 * The world as each clearance sees it: per level, the engine's Analysis of
 * that level's clearance view with the person network it was computed on and
 * the projections the routes read (level-analysis.ts). Levels without records
 * of their own share the level below, so there are at most four. The routes
 * serve projections of these, never a table of their own, and read records
 * through the store's query layer; only the routes that compare records
 * across a whole view (boards, target packages, analytic runs) ask for it.
 *
 * Two worlds: `MemoryWorld` holds the entity graph and analyses each level in
 * a worker thread on first use (the embedded store); `StoredWorld`
 * (stored-world.ts) holds no graph and reads each level's stored analysis
 * (the server on Neo4j).
 */
import type { AnalysisProgress, NetworkAnalysis } from "../../engine/analytics/index.ts";
import {
  CLASSIFICATIONS,
  carryDecisions,
  type Classification,
  type EntityGraph,
  type MatchDecision,
} from "../../engine/model/index.ts";
import { clearanceViewInTurns, effectiveLevel, presentLevels } from "../../engine/access/index.ts";
import { levelAnalysis, levelView, type LevelView } from "./level-analysis.ts";

export type { LevelView };

/** The engine's analysis of a clearance view with its networks (in a worker thread by default, worker-analyzer.ts), reporting its progress. */
export type Analyzer = (
  graph: EntityGraph,
  onProgress?: AnalysisProgress,
) => NetworkAnalysis | Promise<NetworkAnalysis>;

export interface World {
  /** The caller's level; `onProgress` hears of the analysis's steps when this call starts it. */
  view(clearance: Classification, onProgress?: AnalysisProgress): Promise<LevelView>;
  /**
   * Makes every level ready before requests come: `onReady` hears of each
   * with the seconds it took, `onProgress` of each analysis's steps.
   */
  prepare(
    onReady?: (level: Classification, seconds: number) => void,
    onProgress?: (level: Classification) => AnalysisProgress,
  ): Promise<void>;
  /** After an analyst's match decision: every level is analysed again with the store's decisions. */
  useDecisions(decisions: readonly MatchDecision[]): void;
  /** The whole clearance view of a level, for the routes that compare records across it. */
  wholeGraph(clearance: Classification): Promise<EntityGraph>;
}

interface Level {
  graph: EntityGraph;
  view: LevelView;
}

export class MemoryWorld implements World {
  private readonly present: ReadonlySet<Classification>;
  private readonly levels = new Map<Classification, Promise<Level>>();

  constructor(
    private readonly graph: EntityGraph,
    private readonly analyze: Analyzer,
  ) {
    this.present = presentLevels(graph);
  }

  async view(clearance: Classification, onProgress?: AnalysisProgress): Promise<LevelView> {
    return (await this.level(clearance, onProgress)).view;
  }

  async wholeGraph(clearance: Classification): Promise<EntityGraph> {
    return (await this.level(clearance)).graph;
  }

  /** One level after another (each analysis holds its own copy of the graph). */
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

  /** The graph carries the decisions (entity resolution changes who is one actor); levels are built again on next use. */
  useDecisions(decisions: readonly MatchDecision[]): void {
    carryDecisions(this.graph, decisions);
    this.levels.clear();
  }

  private level(clearance: Classification, onProgress?: AnalysisProgress): Promise<Level> {
    const level = effectiveLevel(this.present, clearance);
    let built = this.levels.get(level);
    if (!built) {
      built = this.build(level, onProgress);
      this.levels.set(level, built);
      // A failed build is not cached: the next request tries again.
      built.catch(() => this.levels.get(level) === built && this.levels.delete(level));
    }
    return built;
  }

  private async build(level: Classification, onProgress?: AnalysisProgress): Promise<Level> {
    const graph = await clearanceViewInTurns(this.graph, level);
    const analysed = await this.analyze(graph, onProgress);
    return { graph, view: levelView(levelAnalysis(level, graph, analysed)) };
  }
}
