import { describe, expect, it } from "vitest";
import { CRIME_TYPES } from "../../model/index.ts";
import { NO_RECORDED_CRIME, primaryCrimeGroups } from "./crime-groups.ts";
import type { DirectCrimes } from "./direct-crimes.ts";

const bit = (type: (typeof CRIME_TYPES)[number]) => 1 << CRIME_TYPES.indexOf(type);

describe("primaryCrimeGroups", () => {
  it("groups each actor by its first direct crime type in CRIME_TYPES order", () => {
    const direct = {
      mask: Uint8Array.from([
        0,
        bit("drug_trafficking"),
        bit("money_laundering") | bit("migrant_smuggling"),
        bit("other"),
      ]),
    } as unknown as DirectCrimes;
    expect([...primaryCrimeGroups(direct)]).toEqual([
      NO_RECORDED_CRIME,
      CRIME_TYPES.indexOf("drug_trafficking"),
      CRIME_TYPES.indexOf("migrant_smuggling"),
      CRIME_TYPES.indexOf("other"),
    ]);
  });
});
