/**
 * The ties and arcs of a view's person network as the routes serve them:
 * each with its weight, kinds and a capped list of the records that evidence
 * it, read from the network's own evidence (engine/analytics/network), never
 * derived again from the records.
 */
import {
  arcEvidence,
  tieEvidence,
  type DirectedNetwork,
  type PersonNetwork,
} from "../../engine/analytics/index.ts";

const EVIDENCE_CAP = 20;

/** A tie of the person network with the kinds and the records that make it. */
export interface Tie {
  source: string;
  target: string;
  weight: number;
  kinds: string[];
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

export function tieList(network: PersonNetwork): Tie[] {
  return Array.from({ length: network.ties.count }, (_, tie): Tie => {
    const evidence = tieEvidence(network, tie);
    return {
      source: evidence.a,
      target: evidence.b,
      weight: evidence.weight,
      kinds: Object.keys(evidence.kinds).sort(),
      evidence: evidence.records.slice(0, EVIDENCE_CAP),
      ...(evidence.first !== null && { first: evidence.first }),
      ...(evidence.last !== null && { last: evidence.last }),
    };
  });
}

export function arcList(directed: DirectedNetwork): Arc[] {
  return Array.from({ length: directed.csr.arcCount }, (_, arc): Arc => {
    const { from, to, weight, kinds, amounts } = arcEvidence(directed, arc);
    return {
      source: from,
      target: to,
      weight,
      calls: kinds.call ?? 0,
      transfers: kinds.transfer ?? 0,
      amounts,
    };
  });
}
