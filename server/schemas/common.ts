/** Schemas shared by many routes. */
import { Type, type TSchema } from "@sinclair/typebox";
import { CLASSIFICATIONS, CRIME_TYPES } from "../../engine/model/index.ts";
import { ROLES } from "../../engine/access/index.ts";

const literals = <T extends readonly string[]>(values: T) =>
  Type.Union(values.map((value) => Type.Literal(value)));

export const Classification = literals(CLASSIFICATIONS);
export const Role = literals(ROLES);
export const CrimeType = literals(CRIME_TYPES);

/**
 * Entity ids are free text as the data provider wrote them, within reason: no
 * control characters, which the import refuses too (engine/model/fields.ts),
 * so an id can never split a header or a log line.
 */
export const EntityId = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: "^[^\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029]+$",
});

export const IsoDate = Type.String({
  pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$",
  description: "ISO 8601 date, YYYY, YYYY-MM or YYYY-MM-DD",
});

export const ErrorResponse = Type.Object(
  {
    statusCode: Type.Integer(),
    error: Type.String(),
    message: Type.String(),
    requestId: Type.Optional(
      Type.String({
        description: "on a 500: the id of the request, under which the server log has the error",
      }),
    ),
  },
  { $id: "ErrorResponse" },
);

/** Input objects reject unknown fields, so a typo fails loudly instead of being ignored. */
export const Strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T) =>
  Type.Object(properties, { additionalProperties: false });

export const NodeSummary = Type.Object({
  id: Type.String(),
  type: Type.String(),
  label: Type.String(),
  classification: Classification,
  handling_code: Type.Optional(Type.String()),
});

export const PersonContext = Type.Object({
  id: Type.String(),
  label: Type.String(),
  community: Type.Optional(Type.Integer()),
  network: Type.Optional(Type.String({ description: "the community's name in the analysis" })),
  targetRank: Type.Optional(Type.Integer()),
  crimeTypes: Type.Array(Type.String()),
});

/** The error responses every protected route may give. */
export const errors = (...codes: number[]): Record<number, TSchema> =>
  Object.fromEntries(
    [400, 401, 403, 429, ...codes].map((code) => [code, Type.Ref("ErrorResponse")]),
  );
