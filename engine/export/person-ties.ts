/**
 * The ties and arcs of a view's person network as the routes serve them:
 * each with its weight, kinds and a capped list of the records that evidence
 * it, read from the network's own evidence (engine/analytics/network) when a
 * route asks for them, never derived again from the records nor listed in
 * advance (on a large network that list would take seconds to build).
 */
import {
  actorTies,
  arcEvidence,
  tieEvidence,
  type DirectedNetwork,
  type PersonNetwork,
  type TieEvidence,
} from "../analytics/index.ts";

const EVIDENCE_CAP = 20;

/** A tie of the person network with the kinds and the records that make it. */
export interface Tie {
  source: string;
  target: string;
  weight: number;
  kinds: string[];
  /** Evidence items per kind (calls, transfers, shared cases...). */
  counts: Record<string, number>;
  /** Transfers between the two, either way, summed by currency. */
  amounts: Record<string, number>;
  /** Dates of the earliest and latest dated evidence (YYYY-MM-DD), if any is dated. */
  first?: string;
  last?: string;
  /** Ids of the links and entities that evidence the tie (capped). */
  evidence: string[];
}

/**
 * An arc of the directed person network: who calls or pays whom, with the
 * calls and transfers that run that way (evidence without a direction makes
 * an arc each way with no calls or transfers of its own).
 */
export interface Arc {
  source: string;
  target: string;
  weight: number;
  calls: number;
  transfers: number;
  /** Sums of the transfers along the arc, by currency. */
  amounts: Record<string, number>;
}

/** Lists by actor id, computed when asked; undefined for an id that is not an actor. */
export interface ByActor<T> {
  get(id: string): T[] | undefined;
}

export function tieOf(evidence: TieEvidence): Tie {
  return {
    source: evidence.a,
    target: evidence.b,
    weight: evidence.weight,
    kinds: Object.keys(evidence.kinds).sort(),
    counts: evidence.kinds as Record<string, number>,
    amounts: evidence.amounts,
    evidence: evidence.records.slice(0, EVIDENCE_CAP),
    ...(evidence.first !== null && { first: evidence.first }),
    ...(evidence.last !== null && { last: evidence.last }),
  };
}

/** Tie t of the network. */
export const tieAt = (network: PersonNetwork, t: number): Tie => tieOf(tieEvidence(network, t));

/** Each actor's ties, heaviest first. */
export function tiesByActor(network: PersonNetwork): ByActor<Tie> {
  const index = actorIndex(network.csr.ids);
  return {
    get: (id) => {
      const v = index(id);
      return v < 0 ? undefined : actorTies(network, v).map(tieOf);
    },
  };
}

/** Each actor's arcs by their source (`out`) and by their target (`in`). */
export function arcsByActor(directed: DirectedNetwork): { out: ByActor<Arc>; in: ByActor<Arc> } {
  const { csr } = directed;
  const index = actorIndex(csr.ids);
  const arcs = (v: number, positions: (k: number) => number, side: typeof csr.out) => {
    const list: Arc[] = [];
    for (let k = side.offsets[v]!; k < side.offsets[v + 1]!; k++) {
      list.push(arcAt(directed, positions(k)));
    }
    return list;
  };
  return {
    // Arc k is position k of the out-index; the in-index points to it through inArc.
    out: { get: (id) => (index(id) < 0 ? undefined : arcs(index(id), (k) => k, csr.out)) },
    in: {
      get: (id) => (index(id) < 0 ? undefined : arcs(index(id), (k) => csr.inArc[k]!, csr.in)),
    },
  };
}

function arcAt(directed: DirectedNetwork, arc: number): Arc {
  const { from, to, weight, kinds, amounts } = arcEvidence(directed, arc);
  return {
    source: from,
    target: to,
    weight,
    calls: kinds.call ?? 0,
    transfers: kinds.transfer ?? 0,
    amounts,
  };
}

/** Index of an actor id, -1 for none; the map is built on the first call. */
function actorIndex(ids: readonly string[]): (id: string) => number {
  let map: Map<string, number> | undefined;
  return (id) => {
    map ??= new Map(ids.map((key, i) => [key, i]));
    return map.get(id) ?? -1;
  };
}
