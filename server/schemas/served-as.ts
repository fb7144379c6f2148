/**
 * Response schemas checked against the engine types they serve:
 * `servedAs<EngineType>()(schema)` compiles only when every value of the
 * engine type fits the schema, so a field renamed or retyped in the engine
 * breaks the build instead of the API. Fields of the engine type that the
 * schema leaves out are not sent (the response serialiser keeps only what
 * the schema names): a route serves a projection of the engine's result.
 */
import type { Static, TSchema } from "@sinclair/typebox";

/** On a mismatch tsc says "Expected 2 arguments": the missing one is named engineTypeDoesNotFitThisSchema. */
export const servedAs =
  <Engine>() =>
  <Schema extends TSchema>(
    schema: Schema,
    ..._fits: Engine extends Static<Schema> ? [] : [engineTypeDoesNotFitThisSchema: never]
  ): Schema =>
    schema;
