/**
 * The crime mix of each community: how many of its members are directly
 * involved in each crime type, and how many are one tie away from it; the
 * community × crime-type table of the Analysis. A community's dominant type
 * is the crime its members are most involved in, weighted by evidence: each
 * member's cases of that type, a suspect's or convict's counting fully and
 * another role's half (direct-crimes.ts `ROLE_EVIDENCE`); ties go to the
 * type with more members directly involved, then to CRIME_TYPES order; null
 * when none of its members is in any case. So a smuggling network whose
 * forger and two passport holders share a document-fraud case is still a
 * smuggling network.
 */
import { CRIME_TYPES, type CrimeType } from "../../model/index.ts";
import type { CrimeReach } from "./crime-links.ts";
import type { DirectCrimes } from "./direct-crimes.ts";

export interface CommunityCrimeRow {
  community: number;
  size: number;
  /** Members directly involved, per CRIME_TYPES entry. */
  direct: number[];
  /** Members linked by one tie (and not directly involved), per CRIME_TYPES entry. */
  linked: number[];
  dominant: CrimeType | null;
}

export interface CommunityCrimeTable {
  crimeTypes: readonly CrimeType[];
  rows: CommunityCrimeRow[];
}

export function communityCrimeTable(
  direct: DirectCrimes,
  reach: CrimeReach,
  communities: Int32Array,
  count: number,
): CommunityCrimeTable {
  const rows: CommunityCrimeRow[] = Array.from({ length: count }, (_, community) => ({
    community,
    size: 0,
    direct: new Array<number>(CRIME_TYPES.length).fill(0),
    linked: new Array<number>(CRIME_TYPES.length).fill(0),
    dominant: null,
  }));
  const weight = rows.map(() => new Array<number>(CRIME_TYPES.length).fill(0));
  for (let v = 0; v < communities.length; v++) {
    const row = rows[communities[v]!]!;
    row.size++;
    for (let k = 0; k < CRIME_TYPES.length; k++)
      weight[row.community]![k]! += direct.evidence[v * CRIME_TYPES.length + k]!;
    for (let k = 0; k < CRIME_TYPES.length; k++) {
      const hops = reach.hops[k]![v]!;
      if (hops === 0) row.direct[k]!++;
      else if (hops === 1) row.linked[k]!++;
    }
  }
  for (const row of rows) {
    const evidence = weight[row.community]!;
    let best = -1;
    row.direct.forEach((members, k) => {
      if (members === 0) return;
      const better =
        best < 0 ||
        evidence[k]! > evidence[best]! ||
        (evidence[k] === evidence[best] && members > row.direct[best]!);
      if (better) best = k;
    });
    row.dominant = best < 0 ? null : CRIME_TYPES[best]!;
  }
  return { crimeTypes: CRIME_TYPES, rows };
}
