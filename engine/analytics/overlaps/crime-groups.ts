/**
 * A crime-type partition of the actors, for brokerage roles with respect to
 * crime types (Gould & Fernandez 1989 need one group per actor): each actor
 * is put in the first of its direct crime types in CRIME_TYPES order
 * (migrant smuggling first), and actors with no recorded crime form one more
 * group, `CRIME_TYPES.length`.
 */
import { CRIME_TYPES } from "../../model/index.ts";
import type { DirectCrimes } from "./direct-crimes.ts";

export const NO_RECORDED_CRIME = CRIME_TYPES.length;

export function primaryCrimeGroups(direct: DirectCrimes): Int32Array {
  const groups = new Int32Array(direct.mask.length);
  for (let v = 0; v < groups.length; v++) {
    const mask = direct.mask[v]!;
    // The lowest set bit is the first crime type in CRIME_TYPES order.
    groups[v] = mask === 0 ? NO_RECORDED_CRIME : Math.log2(mask & -mask);
  }
  return groups;
}
