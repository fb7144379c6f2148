/** Disruption simulation: the request (a set of persons or a strategy) and the largest-component curve. */
import { Type } from "@sinclair/typebox";
import { STRATEGIES } from "../services/disruption.ts";
import { EntityId, Strict } from "./common.ts";

export const DisruptionBody = Strict({
  strategy: Type.Union(
    STRATEGIES.map((name) => Type.Literal(name)),
    {
      description:
        "ids: remove the given persons in order; degree or target-score: the top of that ranking",
    },
  ),
  ids: Type.Optional(Type.Array(EntityId, { maxItems: 1000 })),
  steps: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  mode: Type.Optional(Type.Union([Type.Literal("sequential"), Type.Literal("block")])),
  blockSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
});

export const DisruptionStep = Type.Object({
  step: Type.Integer(),
  removed: Type.Array(Type.String()),
  lcc: Type.Integer(),
  lccFraction: Type.Number(),
  components: Type.Integer(),
  fragmentation: Type.Number(),
});

export const DisruptionResult = Type.Object({
  strategy: Type.String(),
  mode: Type.String(),
  perStep: Type.Integer(),
  lcc0: Type.Integer(),
  steps: Type.Array(DisruptionStep),
});
