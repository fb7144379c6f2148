/**
 * Direct crime types of each actor: the crime types of the cases a person or
 * organisation is involved in. A witness or a victim of a case is involved in
 * it but not in its crime, so those roles do not count (`ignoredRoles`).
 */
import { CRIME_TYPES, type CrimeType, type EntityRecords } from "../../model/index.ts";
import { actorsOfEntities, recordColumns, type PersonNetwork } from "../network/index.ts";
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";

export interface DirectCrimeOptions {
  /** Case-involvement roles that do not make the crime the actor's. */
  ignoredRoles?: readonly string[];
}

export const DIRECT_CRIME_PARAMETERS: Parameters<Required<DirectCrimeOptions>> = {
  ignoredRoles: {
    type: "list",
    default: ["witness", "victim"],
    description: "case-involvement roles that do not make the crime the actor's",
  },
};
export const DIRECT_CRIME_DEFAULTS = defaultsOf(DIRECT_CRIME_PARAMETERS);

export interface DirectCrimes {
  /** Bit k set when actor i is directly involved in a case of CRIME_TYPES[k]. */
  mask: Uint8Array;
  /** Case ids per actor, sorted; empty arrays are shared. */
  cases: (readonly string[])[];
  /** Crime type of every case. */
  caseType: ReadonlyMap<string, CrimeType>;
  /**
   * Evidence of each actor's involvement per crime type, at actor · CRIME_TYPES.length + k:
   * each case counts by the role held in it (`ROLE_EVIDENCE`).
   */
  evidence: Float64Array;
}

/** How much a case involvement says about the actor's part in the crime: a suspect more than a bystander. */
export const ROLE_EVIDENCE: Readonly<Record<string, number>> = { convicted: 1, suspect: 1 };
/** The evidence of a role not in ROLE_EVIDENCE (other, or none given). */
const OTHER_ROLE_EVIDENCE = 0.5;

const EMPTY: readonly string[] = [];

export function directCrimes(
  graph: EntityRecords | null,
  network: PersonNetwork,
  options: DirectCrimeOptions = {},
): DirectCrimes {
  const { ignoredRoles } = resolveOptions(
    "overlaps/direct-crimes",
    DIRECT_CRIME_PARAMETERS,
    options,
  );
  const ignored = new Set(ignoredRoles);
  const n = network.csr.nodeCount;
  const mask = new Uint8Array(n);
  const cases: (readonly string[])[] = new Array<readonly string[]>(n).fill(EMPTY);
  const caseType = new Map<string, CrimeType>();
  const evidence = new Float64Array(n * CRIME_TYPES.length);
  if (!graph) return { mask, cases, caseType, evidence };
  // By record number (network/record-columns.ts): only cases and involvements are parsed.
  const records = recordColumns(graph);
  const actorOf = actorsOfEntities(network, records);
  const caseTypeOf: (CrimeType | undefined)[] = [];
  for (let entity = 0; entity < records.entityCount; entity++) {
    if (records.entityType(entity) !== "case") continue;
    const type = records.entityAttributes(entity).crime_type as CrimeType;
    caseType.set(records.entityIds[entity]!, type);
    caseTypeOf[entity] = type;
  }
  for (let link = 0; link < records.linkCount; link++) {
    if (records.linkType(link) !== "involved_in") continue;
    const attributes = records.linkAttributes(link);
    if (typeof attributes.role === "string" && ignored.has(attributes.role)) continue;
    const actor = actorOf[records.sources[link]!]!;
    const type = caseTypeOf[records.targets[link]!];
    const target = records.entityIds[records.targets[link]!]!;
    if (actor < 0 || type === undefined) continue;
    const k = CRIME_TYPES.indexOf(type);
    mask[actor]! |= 1 << k;
    const role = typeof attributes.role === "string" ? attributes.role : "";
    evidence[actor * CRIME_TYPES.length + k]! += ROLE_EVIDENCE[role] ?? OTHER_ROLE_EVIDENCE;
    cases[actor] = cases[actor] === EMPTY ? [target] : [...cases[actor]!, target];
  }
  for (let i = 0; i < n; i++) if (cases[i]!.length > 1) cases[i] = [...new Set(cases[i])].sort();
  return { mask, cases, caseType, evidence };
}

export function crimeTypesOf(mask: number): CrimeType[] {
  return CRIME_TYPES.filter((_type, k) => (mask & (1 << k)) !== 0);
}
