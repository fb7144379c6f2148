/**
 * What the targets table shows: the rows its filters keep, in the order its
 * sort asks for. Pure functions of the list, so the rows drawn and the rows
 * exported are the same by construction.
 */
import type { TargetEntry } from "../../api/types.ts";
import { crimeWords } from "../../ui/words.ts";

export interface TargetFilter {
  /** A crime type the person is directly involved in; undefined: any. */
  crime?: string;
  /** A community id; undefined: any. */
  network?: number;
  /** A role word (skipper, money broker...); undefined: any. */
  role?: string;
  /** Rank at most this (the top N). */
  maxRank?: number;
  /** Score at least this. */
  minScore?: number;
}

export const SORT_KEYS = ["rank", "name", "network", "crimes", "role", "score"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface TargetSort {
  key: SortKey;
  descending: boolean;
}

export const DEFAULT_SORT: TargetSort = { key: "rank", descending: false };

export function keepTarget(target: TargetEntry, filter: TargetFilter): boolean {
  return (
    (filter.crime === undefined || target.crimeTypes.includes(filter.crime as never)) &&
    (filter.network === undefined || target.community === filter.network) &&
    (filter.role === undefined || target.roles.includes(filter.role)) &&
    (filter.maxRank === undefined || target.rank <= filter.maxRank) &&
    (filter.minScore === undefined || target.score >= filter.minScore)
  );
}

/** The value a column sorts by. */
function sortValue(target: TargetEntry, key: SortKey): string | number {
  switch (key) {
    case "rank":
      return target.rank;
    case "score":
      return target.score;
    case "name":
      return target.label;
    case "network":
      return target.network;
    case "crimes":
      return crimeWords(target.crimeTypes);
    case "role":
      return target.roles[0] ?? "";
  }
}

/** The rows kept by the filter, sorted; ties keep rank order. */
export function shownTargets(
  targets: readonly TargetEntry[],
  filter: TargetFilter,
  sort: TargetSort,
): TargetEntry[] {
  const sign = sort.descending ? -1 : 1;
  return targets
    .filter((target) => keepTarget(target, filter))
    .sort((a, b) => {
      const [x, y] = [sortValue(a, sort.key), sortValue(b, sort.key)];
      const order =
        typeof x === "number" && typeof y === "number"
          ? x - y
          : String(x).localeCompare(String(y), "en");
      return sign * order || a.rank - b.rank;
    });
}
