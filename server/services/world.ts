/**
 * The world as each clearance sees it: the clearance view of the entity graph,
 * the analysis computed on that view, and lookup indexes over it. Built on
 * first use per level and cached; levels without records of their own share
 * the view of the level below, so there are at most four.
 */
import {
  CLASSIFICATIONS,
  type Classification,
  type EntityGraph,
} from "../../engine/model/index.ts";
import { countGraph, type StoreCounts } from "../../engine/store/index.ts";
import type { Analysis, Analyzer, Arc, PersonScores, Target, Tie } from "./analysis.ts";
import { clearanceView, effectiveLevel, presentLevels } from "../../engine/access/index.ts";
import { LookupIndex } from "./lookup-index.ts";

export interface LevelView {
  level: Classification;
  graph: EntityGraph;
  counts: StoreCounts;
  analysis: Analysis;
  lookup: LookupIndex;
  person: Map<string, PersonScores>;
  target: Map<string, Target>;
  /** Ids of the members of each community. */
  community: Map<number, string[]>;
  /** Ties of the person network by person. */
  ties: Map<string, Tie[]>;
  /** Arcs of the directed person network by their source (`out`) and by their target (`in`). */
  arcs: { out: Map<string, Arc[]>; in: Map<string, Arc[]> };
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

  view(clearance: Classification): Promise<LevelView> {
    const level = effectiveLevel(this.present, clearance);
    let view = this.views.get(level);
    if (!view) {
      view = this.build(level);
      this.views.set(level, view);
      // A failed build is not cached: the next request tries again.
      view.catch(() => this.views.delete(level));
    }
    return view;
  }

  /**
   * Builds the view of every level the graph holds, one after another (each
   * analysis holds its own copy of the graph), so that no request waits for
   * one; `onReady` hears of each with the seconds it took.
   */
  async prepare(onReady?: (level: Classification, seconds: number) => void): Promise<void> {
    const levels = new Set(CLASSIFICATIONS.map((level) => effectiveLevel(this.present, level)));
    for (const level of levels) {
      const started = performance.now();
      await this.view(level);
      onReady?.(level, (performance.now() - started) / 1000);
    }
  }

  private async build(level: Classification): Promise<LevelView> {
    const graph = clearanceView(this.graph, level);
    const analysis = await this.analyze(graph);
    return {
      level,
      graph,
      counts: countGraph(graph),
      analysis,
      lookup: new LookupIndex(graph),
      person: new Map(analysis.persons.map((person) => [person.id, person])),
      target: new Map(analysis.targets.map((target) => [target.id, target])),
      community: new Map(analysis.communities.map((c) => [c.id, c.members])),
      ties: tiesByPerson(analysis.ties),
      arcs: {
        out: groupBy(analysis.arcs ?? [], (arc) => [arc.source]),
        in: groupBy(analysis.arcs ?? [], (arc) => [arc.target]),
      },
    };
  }
}

function tiesByPerson(ties: Tie[]): Map<string, Tie[]> {
  return groupBy(ties, (tie) => [tie.source, tie.target]);
}

function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
