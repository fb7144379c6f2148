/**
 * The stored analyses of the server on Neo4j, one per clearance level, kept
 * with the data in `DATA_DIR/levels/`: `index.json` names the file of each
 * clearance (levels without records of their own share the level below) and
 * the store's fingerprint they were computed from; `LEVEL.v8` holds that
 * level's LevelAnalysis (level-analysis.ts) and an entry per person and
 * organisation, laid out to be read in parts (level-file.ts).
 *
 * Written by `crosslink analyze --store neo4j --levels` or by the server's
 * level worker (level-worker.ts), never on a request. The format is a cache
 * of the analysis: a file this Node cannot read is computed again.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { analyzeWithNetwork, type AnalysisProgress } from "../../engine/analytics/index.ts";
import { clearanceViewInTurns, effectiveLevel, presentLevels } from "../../engine/access/index.ts";
import {
  CLASSIFICATIONS,
  type Classification,
  type EntityGraph,
  type MatchDecision,
} from "../../engine/model/index.ts";
import { writeFileAtomically } from "../../engine/model/write-file-atomically.ts";
import type { StoreCounts } from "../../engine/store/index.ts";
import { levelAnalysis } from "./level-analysis.ts";
import { writeLevelFile } from "./level-file-writer.ts";

const FORMAT = "crosslink-levels";
/**
 * 4: each tie, arc and actor record written once, entries naming where their
 * ties and arcs lie (2 wrote them at both ends; 3 wrote the records twice).
 */
const VERSION = 4;

export interface LevelIndex {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** Of the store the analyses were computed from (storeFingerprint). */
  fingerprint: string;
  /** The level whose file serves each clearance. */
  levels: Record<Classification, Classification>;
  written: string;
}

export const levelsDir = (dataDir: string) => join(dataDir, "levels");
const indexPath = (dataDir: string) => join(levelsDir(dataDir), "index.json");
export const levelPath = (dataDir: string, level: Classification) =>
  join(levelsDir(dataDir), `${level}.v8`);

/**
 * What the analyses depend on, read cheaply from the store: its counts by
 * type and the match decisions. An edit that keeps every count is not seen;
 * `crosslink analyze --levels` after an import always writes them again.
 */
export function storeFingerprint(counts: StoreCounts, decisions: readonly MatchDecision[]) {
  const sorted = (record: Record<string, number>) => Object.entries(record).sort();
  const decided = decisions.map((d) => [d.a, d.b, d.decision]).sort();
  return createHash("sha256")
    .update(JSON.stringify([sorted(counts.entities), sorted(counts.links), decided]))
    .digest("hex");
}

/** The index, or undefined when there is none or it is of another format. */
export async function readLevelIndex(dataDir: string): Promise<LevelIndex | undefined> {
  const text = await readFile(indexPath(dataDir), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  const index = JSON.parse(text) as Partial<LevelIndex>;
  return index.format === FORMAT && index.version === VERSION ? (index as LevelIndex) : undefined;
}

/**
 * Analyses the clearance view of every level `graph` holds, one after
 * another, and writes each level's file and then the index (a reader never
 * finds an index naming a file not written yet).
 */
export async function writeLevelAnalyses(
  graph: EntityGraph,
  dataDir: string,
  fingerprint: string,
  onProgress?: (level: Classification) => AnalysisProgress,
): Promise<LevelIndex> {
  const present = presentLevels(graph);
  const levels = Object.fromEntries(
    CLASSIFICATIONS.map((clearance) => [clearance, effectiveLevel(present, clearance)]),
  ) as Record<Classification, Classification>;
  await mkdir(levelsDir(dataDir), { recursive: true });
  for (const level of new Set(Object.values(levels))) {
    const view = await clearanceViewInTurns(graph, level);
    const analysed = analyzeWithNetwork(view, { onProgress: onProgress?.(level) });
    const stored = levelAnalysis(level, view, analysed);
    await writeLevelFile(levelPath(dataDir, level), stored);
  }
  const index: LevelIndex = {
    format: FORMAT,
    version: VERSION,
    fingerprint,
    levels,
    written: new Date().toISOString(),
  };
  await writeFileAtomically(indexPath(dataDir), JSON.stringify(index, null, 2) + "\n");
  return index;
}
