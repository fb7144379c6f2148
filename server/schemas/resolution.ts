/** Entity resolution as the API serves it: the engine's ResolutionSummary and the decisions analysts send. */
import { Type } from "@sinclair/typebox";
import type { DecidedMatch, ResolutionSummary } from "../../engine/analytics/index.ts";
import type { MatchDecision as EngineDecision } from "../../engine/model/index.ts";
import { EntityId, Strict } from "./common.ts";
import { servedAs } from "./served-as.ts";

const Verdict = Type.Union([Type.Literal("accepted"), Type.Literal("rejected")]);

const Candidate = Type.Object({
  a: Type.String(),
  b: Type.String(),
  aName: Type.String(),
  bName: Type.String(),
  score: Type.Number({
    description: "evidence points (engine/analytics/resolution MATCH_EVIDENCE)",
  }),
  for: Type.Array(Type.String(), { description: "evidence for one person, in words" }),
  against: Type.Array(Type.String(), { description: "evidence against, in words" }),
});

const Decided = servedAs<DecidedMatch>()(
  Type.Composite([
    Candidate,
    Type.Object({ by: Type.String(), at: Type.String(), note: Type.Optional(Type.String()) }),
  ]),
);

export const Resolution = servedAs<ResolutionSummary>()(
  Type.Object({
    candidates: Type.Array(Candidate, {
      description: "likely duplicate persons no analyst has decided on, best first",
    }),
    accepted: Type.Array(Decided, { description: "treated as one person by the analysis" }),
    rejected: Type.Array(Decided, { description: "no longer offered" }),
  }),
);

export const MatchDecision = servedAs<EngineDecision>()(
  Type.Object({
    a: Type.String(),
    b: Type.String(),
    decision: Verdict,
    by: Type.String(),
    at: Type.String({ description: "ISO 8601 date-time, UTC" }),
    note: Type.Optional(Type.String()),
  }),
);

export const DecisionRequest = Strict({
  a: EntityId,
  b: EntityId,
  decision: Verdict,
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});

export const DecisionPair = Strict({ a: EntityId, b: EntityId });
