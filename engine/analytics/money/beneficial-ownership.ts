/**
 * Beneficial ownership: the money that flows through an organisation,
 * attributed to the persons who stand behind it. A person is behind an
 * organisation they are declared associated with — controlling it, employed
 * by it, or with no kind stated — with a share in proportion to the kind's
 * weight among everyone behind it (`OWNERSHIP_WEIGHTS`); organisations tied
 * to organisations pass their share on, up to `MAX_DEPTH` companies deep, so
 * a holding's subsidiaries count too. The path (the companies in between)
 * is kept as evidence.
 *
 * Money a person's companies receive from outside them — from anyone but the
 * person and the other companies they stand behind, so layering between
 * their own shell companies is not counted twice — is attributed at the
 * share; likewise what the companies pay out. This is the FATF beneficial
 * ownership notion (FATF Recommendations 24–25; FATF/Egmont, *Concealment of
 * Beneficial Ownership*, 2018): the natural person who ultimately owns or
 * controls, whatever the chain of legal persons in between.
 */
import type { EntityRecords } from "../../model/index.ts";
import {
  ACTOR_ORGANISATION,
  ACTOR_PERSON,
  actorsOfEntities,
  recordColumns,
  type PersonNetwork,
} from "../network/index.ts";
import type { Ledger } from "./ledger.ts";

/** Weight of a declared association kind in a person's share of an organisation. */
export const OWNERSHIP_WEIGHTS: Readonly<Record<string, number>> = {
  controls: 1,
  // Declared tied to the company, how not said: as good as control until known otherwise.
  unspecified: 1,
  associate: 0.5,
  other: 0.5,
  employee: 0.25,
  family: 0.25,
  co_arrested: 0,
};

/** Companies owned through companies: at most this many in a chain. */
const MAX_DEPTH = 3;

export interface Holding {
  /** The organisation's actor index. */
  organisation: number;
  share: number;
  /** Organisation actors from the one directly held to this one (this one last). */
  path: number[];
  /** Association kind of the person's own link (the first step of the path). */
  kind: string;
}

export interface BeneficialOwnership {
  /** Per actor: the organisations a person stands behind (empty for organisations). */
  holdings: Holding[][];
  /** Per actor: euros its companies received from outside them, at its share. */
  inEur: Float64Array;
  /** Per actor: euros its companies paid outside them, at its share. */
  outEur: Float64Array;
  /** Per actor: transfers into its companies from outside, as [sender, euros at its share]. */
  payers: Map<number, number>[];
}

export function beneficialOwnership(
  graph: EntityRecords | null,
  network: PersonNetwork,
  ledger: Ledger,
  eurRates: Readonly<Record<string, number>>,
): BeneficialOwnership {
  const n = network.csr.nodeCount;
  const result: BeneficialOwnership = {
    holdings: Array.from({ length: n }, () => []),
    inEur: new Float64Array(n),
    outEur: new Float64Array(n),
    payers: Array.from({ length: n }, () => new Map()),
  };
  if (!graph) return result;
  const direct = declaredTies(graph, network);
  // Raw weights person → organisation, then each organisation's shares normalised over its persons.
  const total = new Map<number, number>();
  for (let person = 0; person < n; person++) {
    if (network.actorKind[person] !== ACTOR_PERSON || !direct.byPerson.has(person)) continue;
    const held = holdingsOf(person, direct);
    for (const holding of held)
      total.set(holding.organisation, (total.get(holding.organisation) ?? 0) + holding.share);
    result.holdings[person] = held;
  }
  for (const held of result.holdings)
    for (const holding of held) holding.share /= total.get(holding.organisation)!;
  const rate = ledger.currencies.map((code) => eurRates[code] ?? 0);
  const owners = ownersOf(result);
  if (owners.size === 0) return result;
  const heldBy = (person: number) =>
    new Set(result.holdings[person]!.map((holding) => holding.organisation));
  const sets = new Map<number, Set<number>>();
  const setOf = (person: number) => {
    let set = sets.get(person);
    if (!set) sets.set(person, (set = heldBy(person)));
    return set;
  };
  for (let t = 0; t < ledger.length; t++) {
    const sender = ledger.sender[t]!;
    const receiver = ledger.receiver[t]!;
    const eur = ledger.amount[t]! * rate[ledger.currency[t]!]!;
    for (const [person, share] of owners.get(receiver) ?? []) {
      if (sender === person || setOf(person).has(sender)) continue;
      result.inEur[person]! += share * eur;
      const payers = result.payers[person]!;
      payers.set(sender, (payers.get(sender) ?? 0) + share * eur);
    }
    for (const [person, share] of owners.get(sender) ?? []) {
      if (receiver === person || setOf(person).has(receiver)) continue;
      result.outEur[person]! += share * eur;
    }
  }
  return result;
}

interface DeclaredTies {
  /** Person → [organisation, kind] of each declared association. */
  byPerson: Map<number, [number, string][]>;
  /** Organisation → organisations it is associated with. */
  byOrganisation: Map<number, number[]>;
}

function declaredTies(graph: EntityRecords, network: PersonNetwork): DeclaredTies {
  const records = recordColumns(graph);
  const actorOf = actorsOfEntities(network, records);
  const ties: DeclaredTies = { byPerson: new Map(), byOrganisation: new Map() };
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (let link = 0; link < records.linkCount; link++) {
    if (records.linkType(link) !== "associated_with") continue;
    const a = actorOf[records.sources[link]!]!;
    const b = actorOf[records.targets[link]!]!;
    if (a < 0 || b < 0) continue;
    const attributes = records.linkAttributes(link);
    const kind = typeof attributes.kind === "string" ? attributes.kind : "unspecified";
    const orgA = network.actorKind[a] === ACTOR_ORGANISATION;
    const orgB = network.actorKind[b] === ACTOR_ORGANISATION;
    if (orgA && orgB) {
      push(ties.byOrganisation, a, b);
      push(ties.byOrganisation, b, a);
      continue;
    }
    if (orgA === orgB) continue;
    const [person, organisation] = orgA ? [b, a] : [a, b];
    if ((OWNERSHIP_WEIGHTS[kind] ?? 0) === 0) continue;
    push(ties.byPerson, person, [organisation, kind] as [number, string]);
  }
  return ties;
}

/**
 * The organisations behind which `person` stands, breadth first through
 * organisations, with raw weights (normalised per organisation by the caller).
 */
function holdingsOf(person: number, ties: DeclaredTies): Holding[] {
  const found = new Map<number, Holding>();
  let frontier: Holding[] = [];
  for (const [organisation, kind] of ties.byPerson.get(person)!) {
    const share = OWNERSHIP_WEIGHTS[kind]!;
    const known = found.get(organisation);
    if (known) {
      known.share = Math.max(known.share, share);
      continue;
    }
    const holding = { organisation, share, path: [organisation], kind };
    found.set(organisation, holding);
    frontier.push(holding);
  }
  for (let depth = 1; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const next: Holding[] = [];
    for (const holding of frontier) {
      const linked = ties.byOrganisation.get(holding.organisation) ?? [];
      for (const organisation of linked) {
        if (found.has(organisation)) continue;
        // A company tied to a held company passes on that weight, split among its own ties.
        const share = holding.share / linked.length;
        const deeper = {
          organisation,
          share,
          path: [...holding.path, organisation],
          kind: holding.kind,
        };
        found.set(organisation, deeper);
        next.push(deeper);
      }
    }
    frontier = next;
  }
  return [...found.values()].sort((x, y) => x.organisation - y.organisation);
}

/** Per organisation, the persons behind it with their share. */
export function ownersOf(ownership: BeneficialOwnership): Map<number, [number, number][]> {
  const owners = new Map<number, [number, number][]>();
  ownership.holdings.forEach((held, person) => {
    for (const { organisation, share } of held) {
      const list = owners.get(organisation);
      if (list) list.push([person, share]);
      else owners.set(organisation, [[person, share]]);
    }
  });
  return owners;
}
