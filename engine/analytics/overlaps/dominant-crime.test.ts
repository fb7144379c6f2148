import { describe, expect, it } from "vitest";
import { CRIME_TYPES } from "../../model/index.ts";
import { communityCrimeTable } from "./community-crime.ts";
import type { CrimeReach } from "./crime-links.ts";
import type { DirectCrimes } from "./direct-crimes.ts";

/** Five members of one community: who is in which crime, with what evidence. */
function community(evidence: Partial<Record<(typeof CRIME_TYPES)[number], number>>[]) {
  const n = evidence.length;
  const direct: DirectCrimes = {
    mask: new Uint8Array(n),
    cases: [],
    caseType: new Map(),
    evidence: new Float64Array(n * CRIME_TYPES.length),
  };
  const reach: CrimeReach = {
    maxHops: 0,
    hops: CRIME_TYPES.map(() => new Int8Array(n).fill(-1)),
    next: CRIME_TYPES.map(() => new Int32Array(n).fill(-1)),
    nextTie: CRIME_TYPES.map(() => new Int32Array(n).fill(-1)),
  };
  evidence.forEach((member, v) => {
    for (const [type, weight] of Object.entries(member)) {
      const k = CRIME_TYPES.indexOf(type as (typeof CRIME_TYPES)[number]);
      direct.mask[v]! |= 1 << k;
      direct.evidence[v * CRIME_TYPES.length + k] = weight;
      reach.hops[k]![v] = 0;
    }
  });
  return communityCrimeTable(direct, reach, new Int32Array(n), 1).rows[0]!;
}

describe("the dominant crime of a community", () => {
  it("is the crime its members are most involved in by evidence, not the one with most members", () => {
    // A suspect in two smuggling cases and one in a third outweigh a forger and two
    // passport holders ("other", half weight) in one document-fraud case.
    const row = community([
      { migrant_smuggling: 2 },
      { migrant_smuggling: 1 },
      { document_fraud: 1 },
      { document_fraud: 0.5 },
      { document_fraud: 0.5 },
    ]);
    expect(row.direct[CRIME_TYPES.indexOf("document_fraud")]).toBe(3);
    expect(row.dominant).toBe("migrant_smuggling");
  });

  it("goes to the crime with more members when the evidence is equal, whatever the names' order", () => {
    const row = community([
      { migrant_smuggling: 1 },
      { migrant_smuggling: 1 },
      { drug_trafficking: 2 },
    ]);
    expect(row.dominant).toBe("migrant_smuggling");
    const other = community([
      { migrant_smuggling: 2 },
      { drug_trafficking: 1 },
      { drug_trafficking: 1 },
    ]);
    expect(other.dominant).toBe("drug_trafficking");
  });
});
