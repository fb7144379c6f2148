/**
 * The stored analyses of the server on Neo4j, one per clearance level, kept
 * with the data in `DATA_DIR/levels/`: `index.json` names the file of each
 * clearance (levels without records of their own share the level below) and
 * the store's fingerprint they were computed from; `LEVEL.v8` holds that
 * level's LevelAnalysis (level-analysis.ts) as a run of pieces
 * (sliced-message.ts), each a 4-byte length and a V8 structured-clone
 * serialisation, so neither writing nor reading holds a buffer the size of
 * the file, and typed arrays come back as they were.
 *
 * Written by `crosslink analyze --store neo4j --levels` or by the server's
 * level worker (level-worker.ts), never on a request. The format is a cache
 * of the analysis: a file this Node cannot read is computed again.
 */
import { createHash } from "node:crypto";
import { mkdir, open, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
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
import { levelAnalysis, type LevelAnalysis } from "./level-analysis.ts";
import { piecesOf, placePiece, type Piece } from "./sliced-message.ts";

const FORMAT = "crosslink-levels";
const VERSION = 1;

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
const levelPath = (dataDir: string, level: Classification) =>
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
    await writeLevel(levelPath(dataDir, level), levelAnalysis(level, view, analysed));
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

async function writeLevel(path: string, analysed: LevelAnalysis): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const file = await open(temporary, "w", 0o600);
  try {
    for (const piece of piecesOf(analysed)) {
      const body = serialize(piece);
      const head = Buffer.alloc(4);
      head.writeUInt32LE(body.length);
      await file.write(head);
      await file.write(body);
    }
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
}

/** The stored analysis of `level`; an error names the file when it is cut or unreadable. */
export async function readLevelAnalysis(
  dataDir: string,
  level: Classification,
): Promise<LevelAnalysis> {
  const path = levelPath(dataDir, level);
  const file = await open(path, "r");
  const root: Record<string, unknown> = {};
  try {
    let position = 0;
    for (;;) {
      const head = Buffer.alloc(4);
      const { bytesRead } = await file.read(head, 0, 4, position);
      if (bytesRead < 4) throw new Error(`${path}: the file ends before its last piece`);
      const body = Buffer.alloc(head.readUInt32LE(0));
      const read = await file.read(body, 0, body.length, position + 4);
      if (read.bytesRead < body.length) throw new Error(`${path}: a piece is cut short`);
      position += 4 + body.length;
      const piece = deserialize(body) as Piece;
      if ("end" in piece) return root as unknown as LevelAnalysis;
      placePiece(root, piece);
    }
  } finally {
    await file.close();
  }
}
