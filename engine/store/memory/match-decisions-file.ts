/**
 * The embedded store's match decisions (engine/model/match-decisions.ts):
 * `DATA_DIR/match-decisions.json`, beside the store file and apart from it,
 * so a re-import (which rewrites the store file) leaves them, and a decision
 * rewrites only this small file (atomically, owner-only).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { MATCH_VERDICTS, sortDecisions, type MatchDecision } from "../../model/index.ts";
import { writeFileAtomically } from "../../model/write-file-atomically.ts";

export const matchDecisionsFileOf = (dataDir: string) => join(dataDir, "match-decisions.json");

export async function readMatchDecisionsFile(dataDir: string): Promise<MatchDecision[]> {
  const path = matchDecisionsFileOf(dataDir);
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (text === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${path}: not valid JSON`);
  }
  const decisions = (parsed as { decisions?: unknown }).decisions;
  if (!Array.isArray(decisions)) throw new Error(`${path}: no "decisions" list`);
  decisions.forEach((decision: Partial<MatchDecision>, i) => {
    const bad = (["a", "b", "by", "at"] as const).find((f) => typeof decision?.[f] !== "string");
    if (bad) throw new Error(`${path}: decision ${i + 1}: ${bad}: not a string`);
    if (!(MATCH_VERDICTS as readonly unknown[]).includes(decision.decision)) {
      throw new Error(
        `${path}: decision ${i + 1}: decision: not one of ${MATCH_VERDICTS.join(", ")}`,
      );
    }
  });
  return sortDecisions(decisions as MatchDecision[]);
}

export function writeMatchDecisionsFile(
  dataDir: string,
  decisions: readonly MatchDecision[],
): Promise<void> {
  const text = JSON.stringify({ version: 1, decisions: sortDecisions(decisions) }, null, 2);
  return writeFileAtomically(matchDecisionsFileOf(dataDir), `${text}\n`);
}
