/**
 * An analyst's decision on a pair, checked against the graph the analyst may
 * see before any store keeps it: two different persons, both visible (a
 * hidden one is refused exactly like a missing one). The CLI and the API
 * both decide through here.
 */
import {
  orderedPair,
  type EntityRecords,
  type MatchDecision,
  type MatchVerdict,
} from "../../model/index.ts";

export class MatchRequestError extends Error {
  constructor(
    /** 400: the request is wrong in itself; 404: a person the caller cannot see. */
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

/** The two persons, ordered, once both are checked against what the caller sees. */
export function decidablePair(graph: EntityRecords, x: string, y: string): [string, string] {
  if (x === y) throw new MatchRequestError(400, "a person cannot be matched with itself");
  for (const id of [x, y]) {
    if (!graph.hasNode(id) || graph.getNodeAttribute(id, "type") !== "person") {
      throw new MatchRequestError(404, `no such person ${id} (or not visible at your clearance)`);
    }
  }
  return orderedPair(x, y);
}

export function matchDecision(
  graph: EntityRecords,
  request: { a: string; b: string; decision: MatchVerdict; by: string; note?: string },
  now: Date = new Date(),
): MatchDecision {
  const [a, b] = decidablePair(graph, request.a, request.b);
  return {
    a,
    b,
    decision: request.decision,
    by: request.by,
    at: now.toISOString(),
    ...(request.note !== undefined && request.note !== "" && { note: request.note }),
  };
}
