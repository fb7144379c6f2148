/**
 * The actor × crime-type table folded into pairs of crime types: how many
 * persons and organisations are directly involved in both types i and j (on
 * the diagonal, in type i at all). It says how often the crimes meet in one
 * actor, the plainest measure of overlap between them.
 */
import { CRIME_TYPES } from "../../model/index.ts";
import type { CommunityCrimeTable } from "./community-crime.ts";
import type { DirectCrimes } from "./direct-crimes.ts";

/** `pairs[i][j]`: actors directly involved in both CRIME_TYPES[i] and CRIME_TYPES[j]. */
export function crimePairs(direct: DirectCrimes): number[][] {
  const k = CRIME_TYPES.length;
  const pairs = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const mask of direct.mask) {
    if (mask === 0) continue;
    for (let i = 0; i < k; i++) {
      if ((mask & (1 << i)) === 0) continue;
      for (let j = 0; j < k; j++) if ((mask & (1 << j)) !== 0) pairs[i]![j]!++;
    }
  }
  return pairs;
}

/**
 * Indices (into CRIME_TYPES) of the crime types some actor is involved in or
 * one tie away from: the columns of the tables worth showing. A type that
 * occurs only in records hidden from a view is then not named in it.
 */
export function presentCrimeTypes(table: CommunityCrimeTable): number[] {
  return CRIME_TYPES.flatMap((_type, k) =>
    table.rows.some((row) => row.direct[k]! + row.linked[k]! > 0) ? [k] : [],
  );
}
