/**
 * Entity resolution an analyst can act on: the likely duplicate persons of
 * the caller's clearance view (computed on that view, so only evidence the
 * caller may see counts, and a pair naming a hidden person is never shown),
 * and decisions on them, kept by the store beside the data (records are
 * never merged). After a decision every level's analysis is computed again
 * on its next use, with the accepted pairs as one person. The same engine
 * functions serve `crosslink resolve`.
 */
import type { Static } from "@sinclair/typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance, FastifyRequest } from "fastify";
import {
  decidablePair,
  matchDecision,
  MatchRequestError,
} from "../../../engine/analytics/index.ts";
import type { EntityGraph } from "../../../engine/model/index.ts";
import { errors } from "../../schemas/common.ts";
import {
  DecisionPair,
  DecisionRequest,
  MatchDecision,
  Resolution,
} from "../../schemas/resolution.ts";
import { ApiError, disclosed, noSuchEntity, viewOf } from "./caller.ts";

export default async function resolution(app: FastifyInstance) {
  app.get(
    "/resolution/candidates",
    {
      config: { access: "analyst", audit: "view" },
      schema: {
        summary:
          "Likely duplicate persons with the evidence for and against, and the pairs already accepted or rejected, at the caller's clearance",
        tags: ["analysis"],
        response: { 200: Resolution, ...errors() },
      },
    },
    async (request) => {
      const { resolution } = (await viewOf(request)).analysis;
      const pairs = [...resolution.candidates, ...resolution.accepted, ...resolution.rejected];
      disclosed(request, new Set(pairs.flatMap((pair) => [pair.a, pair.b])));
      return resolution;
    },
  );

  app.post<{ Body: Static<typeof DecisionRequest> }>(
    "/resolution/decisions",
    {
      config: { access: "analyst", audit: "decide" },
      schema: {
        summary:
          "Accept or reject a match: accepted, the analysis treats the two persons as one; rejected, the pair is no longer offered; replaces any earlier decision on the pair",
        tags: ["analysis"],
        body: DecisionRequest,
        response: { 200: Type.Object({ decision: MatchDecision }), ...errors(404) },
      },
    },
    async (request) => {
      const pair = await pairOf(request, request.body.a, request.body.b);
      const decision = checked(() =>
        matchDecision(pair, { ...request.body, by: request.user!.name }),
      );
      await request.server.decisions.decideMatch(decision);
      await decided(request, [decision.a, decision.b]);
      return { decision };
    },
  );

  app.delete<{ Params: Static<typeof DecisionPair> }>(
    "/resolution/decisions/:a/:b",
    {
      config: { access: "analyst", audit: "decide" },
      schema: {
        summary:
          "Withdraw the decision on a pair (the pair is offered again if the evidence says so)",
        tags: ["analysis"],
        params: DecisionPair,
        response: { 200: Type.Object({ withdrawn: MatchDecision }), ...errors(404) },
      },
    },
    async (request) => {
      const pair = await pairOf(request, request.params.a, request.params.b);
      const [a, b] = checked(() => decidablePair(pair, request.params.a, request.params.b));
      const withdrawn = await request.server.decisions.undoMatch(a, b);
      if (!withdrawn) throw new ApiError(404, "no decision on this pair");
      await decided(request, [a, b]);
      return { withdrawn };
    },
  );
}

/** The two records as the caller may see them, read through the store's query layer (a hidden one is left out). */
async function pairOf(request: FastifyRequest, a: string, b: string): Promise<EntityGraph> {
  const found = await request.server.store.subgraph([a, b], { ...request.user!, linkLimit: 0 });
  return found.graph;
}

/** The decision is on record: the world analyses again with the store's decisions. */
async function decided(request: FastifyRequest, ids: string[]): Promise<void> {
  disclosed(request, ids);
  request.server.world.useDecisions(await request.server.decisions.matchDecisions());
}

/** A hidden or missing person answers as the other routes answer for one, naming no id. */
function checked<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof MatchRequestError)) throw error;
    throw error.status === 404 ? noSuchEntity() : new ApiError(400, error.message);
  }
}
