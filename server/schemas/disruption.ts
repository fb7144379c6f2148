/** Disruption simulation: the request (a set of persons or a strategy, either network) and the largest-component curve. */
import { Type } from "@sinclair/typebox";
import type {
  DirectedDisruptionResult,
  DisruptionResult as EngineResult,
} from "../../engine/analytics/index.ts";
import { STRATEGIES } from "../services/disruption.ts";
import { EntityId, Strict } from "./common.ts";
import { servedAs } from "./served-as.ts";

export const DisruptionBody = Strict({
  strategy: Type.Union(
    STRATEGIES.map((name) => Type.Literal(name)),
    {
      description:
        "ids: remove the given persons in order; degree or target-score: the top of that ranking; with directed, in-degree, out-degree, in-strength, out-strength, pagerank or target-score",
    },
  ),
  ids: Type.Optional(Type.Array(EntityId, { maxItems: 1000, uniqueItems: true })),
  steps: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  mode: Type.Optional(Type.Union([Type.Literal("sequential"), Type.Literal("block")])),
  blockSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  directed: Type.Optional(
    Type.Boolean({
      description:
        "on the directed network (calls caller to callee, transfers sender to receiver): the curve of the largest strongly connected component, with the weakly connected figures",
    }),
  ),
});

export const DisruptionStep = Type.Object({
  step: Type.Integer(),
  removed: Type.Array(Type.String()),
  lcc: Type.Integer(),
  lccFraction: Type.Number(),
  components: Type.Integer(),
  fragmentation: Type.Optional(Type.Number({ description: "undirected only" })),
  weakLcc: Type.Optional(Type.Integer({ description: "directed only, as the weak* fields" })),
  weakLccFraction: Type.Optional(Type.Number()),
  weakComponents: Type.Optional(Type.Integer()),
  weakFragmentation: Type.Optional(Type.Number()),
});

/** The engine's result on either network, served as it is. */
export const DisruptionResult = servedAs<EngineResult | DirectedDisruptionResult>()(
  Type.Object({
    strategy: Type.String(),
    mode: Type.String(),
    perStep: Type.Integer(),
    lcc0: Type.Integer(),
    directed: Type.Optional(Type.Boolean()),
    weakLcc0: Type.Optional(Type.Integer()),
    steps: Type.Array(DisruptionStep),
  }),
);
