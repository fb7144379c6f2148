/**
 * The analytics as the API lists and runs them: each analytic's request body
 * is derived from its parameter declaration in the engine (one place for
 * names, types, bounds and defaults), so the body is checked before any work
 * and the OpenAPI document shows every parameter.
 */
import { Type, type TSchema } from "@sinclair/typebox";
import type { Parameter } from "../../engine/analytics/index.ts";
import { Strict } from "./common.ts";

/** Longest list or key a body may hold: parameters are few and short. */
const MAX_ITEMS = 100;

function numberSchema(
  parameter: Parameter & { min?: number; max?: number; above?: number; below?: number },
) {
  const { min, max, above, below } = parameter;
  return {
    ...(min !== undefined && { minimum: min }),
    ...(max !== undefined && { maximum: max }),
    ...(above !== undefined && { exclusiveMinimum: above }),
    ...(below !== undefined && { exclusiveMaximum: below }),
  };
}

function parameterSchema(parameter: Parameter): TSchema {
  const about = { description: parameter.description, default: parameter.default };
  switch (parameter.type) {
    case "number":
      return Type.Number({ ...numberSchema(parameter), ...about });
    case "integer":
      return Type.Integer({ ...numberSchema(parameter), ...about });
    case "boolean":
      return Type.Boolean(about);
    case "string":
      return Type.Union(
        parameter.choices.map((choice) => Type.Literal(choice)),
        about,
      );
    case "list":
      return Type.Array(
        parameter.choices
          ? Type.Union(parameter.choices.map((choice) => Type.Literal(choice)))
          : Type.String({ maxLength: MAX_ITEMS }),
        { maxItems: MAX_ITEMS, ...about },
      );
    case "record":
      return parameter.keys
        ? Strict(
            Object.fromEntries(
              parameter.keys.map((key) => [
                key,
                Type.Optional(Type.Number(numberSchema(parameter))),
              ]),
            ),
          )
        : Type.Record(Type.String({ maxLength: 16 }), Type.Number(numberSchema(parameter)), {
            maxProperties: MAX_ITEMS,
            ...about,
          });
    case "group":
      return parametersSchema(
        parameter.parameters as Record<string, Parameter>,
        parameter.description,
      );
  }
}

/** The body of POST /api/analytics/:id: every parameter optional, nothing else allowed. */
export function parametersSchema(
  parameters: Readonly<Record<string, Parameter>>,
  description?: string,
): TSchema {
  const body = Strict(
    Object.fromEntries(
      Object.entries(parameters).map(([name, parameter]) => [
        name,
        Type.Optional(parameterSchema(parameter)),
      ]),
    ),
  );
  return description ? { ...body, description } : body;
}

export const ParameterInfo = Type.Recursive((This) =>
  Type.Object({
    name: Type.String(),
    type: Type.String(),
    description: Type.String(),
    default: Type.Unknown(),
    min: Type.Optional(Type.Number()),
    max: Type.Optional(Type.Number()),
    above: Type.Optional(Type.Number()),
    below: Type.Optional(Type.Number()),
    choices: Type.Optional(Type.Array(Type.String())),
    keys: Type.Optional(Type.Array(Type.String())),
    parameters: Type.Optional(Type.Array(This)),
  }),
);

export const AnalyticInfo = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  parameters: Type.Array(ParameterInfo),
  outputs: Type.Array(Type.String()),
});

export const AnalyticRun = Type.Object({
  id: Type.String(),
  result: Type.Unknown({ description: "the analytic's output: the fields its listing names" }),
});
