/**
 * What one audit line holds, bounded: what was asked is kept as sent up to
 * QUERY_LIMIT characters of JSON and otherwise summarised by its SHA-256, its
 * length and the length of every list in it, so a 200 KB cross-check costs a
 * few hundred bytes. The ids a response disclosed are always kept in full:
 * they are what the log is for. Every other field is short by construction
 * (route patterns, user names of at most 64 characters, status, address).
 */
import { createHash } from "node:crypto";

export const QUERY_LIMIT = 1024;

export interface AuditEntry {
  user: string;
  /** `change`: a board, note or saved view changed (engine/boards); `decide`: a match decision (entity resolution). */
  action: "search" | "view" | "export" | "decide" | "admin" | "login" | "refused" | "change";
  route: string;
  status: number;
  /** Client address, for logins and refusals. */
  ip?: string;
  query?: unknown;
  ids?: string[];
}

export interface QuerySummary {
  summarised: true;
  sha256: string;
  chars: number;
  /** Length of each list, by its path (`body.selectors`). */
  lists: Record<string, number>;
}

export function boundedQuery(query: unknown): unknown {
  if (query === undefined) return undefined;
  const text = JSON.stringify(query);
  if (text.length <= QUERY_LIMIT) return query;
  const lists: Record<string, number> = {};
  collectLists(query, "", lists, 0);
  return {
    summarised: true,
    sha256: createHash("sha256").update(text).digest("hex"),
    chars: text.length,
    lists,
  } satisfies QuerySummary;
}

/** Lists up to two levels down; their paths are field names the schema allows, so short. */
function collectLists(
  value: unknown,
  path: string,
  lists: Record<string, number>,
  depth: number,
): void {
  if (Array.isArray(value)) {
    lists[path || "."] = value.length;
    return;
  }
  if (depth >= 2 || value === null || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value).slice(0, 20)) {
    collectLists(child, path ? `${path}.${key.slice(0, 40)}` : key.slice(0, 40), lists, depth + 1);
  }
}
