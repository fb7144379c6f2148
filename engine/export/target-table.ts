/**
 * What a targets table shows: the rows its filters keep, in the order its
 * sort asks for, one page of them, and what the filters can choose from.
 * `GET /api/targets` answers with it, so the viewer pages through every
 * ranked person and the rows it shows, counts and exports are the server's.
 */
import { CRIME_TYPE_LABELS, type CrimeType } from "../model/index.ts";
import type { TargetListEntry } from "./target-list.ts";

export interface TargetFilter {
  /** A crime type the person is directly involved in; undefined: any. */
  crime?: CrimeType;
  /** A community id; undefined: any. */
  network?: number;
  /** A role word (skipper, money broker...); undefined: any. */
  role?: string;
  /** Rank at most this (the top N). */
  maxRank?: number;
  /** Score at least this. */
  minScore?: number;
}

export const TARGET_SORT_KEYS = ["rank", "name", "network", "crimes", "role", "score"] as const;
export type TargetSortKey = (typeof TARGET_SORT_KEYS)[number];
export interface TargetSort {
  key: TargetSortKey;
  descending: boolean;
}

export const DEFAULT_TARGET_SORT: TargetSort = { key: "rank", descending: false };

export function keepTarget(target: TargetListEntry, filter: TargetFilter): boolean {
  return (
    (filter.crime === undefined || target.crimeTypes.includes(filter.crime)) &&
    (filter.network === undefined || target.community === filter.network) &&
    (filter.role === undefined || target.roles.includes(filter.role)) &&
    (filter.maxRank === undefined || target.rank <= filter.maxRank) &&
    (filter.minScore === undefined || target.score >= filter.minScore)
  );
}

/** The value a column sorts by. */
function sortValue(target: TargetListEntry, key: TargetSortKey): string | number {
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
      return target.crimeTypes.map((crime) => CRIME_TYPE_LABELS[crime]).join(", ");
    case "role":
      return target.roles[0] ?? "";
  }
}

/** The rows kept by the filter, sorted; ties keep rank order. */
export function shownTargets(
  targets: readonly TargetListEntry[],
  filter: TargetFilter,
  sort: TargetSort = DEFAULT_TARGET_SORT,
): TargetListEntry[] {
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

/** What the filters can choose from: the crime types, networks and roles among the ranked. */
export interface TargetFacets {
  crimes: CrimeType[];
  networks: { id: number; name: string }[];
  roles: string[];
}

export function targetFacets(targets: readonly TargetListEntry[]): TargetFacets {
  const networks = new Map(targets.map((target) => [target.community, target.network]));
  return {
    crimes: [...new Set(targets.flatMap((target) => target.crimeTypes))].sort(),
    networks: [...networks].sort((a, b) => a[0] - b[0]).map(([id, name]) => ({ id, name })),
    roles: [...new Set(targets.flatMap((target) => target.roles))].sort(),
  };
}
