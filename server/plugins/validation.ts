/**
 * How requests are validated: bodies exactly as sent (JSON has its own
 * types, so `false` stays a boolean and `"12"` is no number), unknown fields
 * refused, defaults filled in. Query strings and path parameters are text and
 * must become numbers and booleans, but only from their plain written forms:
 * a whole number in decimal digits (`0x10`, `1e3`, ` 7` are refused), a
 * decimal number, `true` or `false` (checked here before ajv's coercion,
 * which would accept all of these).
 */
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import type { FastifyInstance } from "fastify";

const common = { removeAdditional: false, useDefaults: true, allErrors: false } as const;

/** Plain written forms of the values a query string or path may carry. */
const PLAIN: Record<string, RegExp> = {
  integer: /^-?\d+$/,
  number: /^-?\d+(\.\d+)?$/,
  boolean: /^(true|false)$/,
};

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; items?: Schema };

export function useStrictValidation(app: FastifyInstance): void {
  const bodies = addFormats(new Ajv({ ...common, coerceTypes: false }));
  // "array": ?types=a&types=b and ?types=a are both lists.
  const texts = addFormats(new Ajv({ ...common, coerceTypes: "array" }));
  app.setValidatorCompiler(({ schema, httpPart }) => {
    if (httpPart === "body") return bodies.compile(schema);
    return plainFirst(texts.compile(schema), schema as Schema);
  });
}

/** Refuses a value not in its plain form, then lets ajv coerce and check the rest. */
function plainFirst(validate: ValidateFunction, schema: Schema) {
  const check = (data: unknown) => {
    const refused = notPlain(data, schema);
    if (refused) {
      check.errors = [refused];
      return false;
    }
    const valid = validate(data);
    check.errors = validate.errors ?? null;
    return valid;
  };
  check.errors = null as ErrorObject[] | null;
  return check;
}

function notPlain(data: unknown, schema: Schema): ErrorObject | undefined {
  if (data === null || typeof data !== "object") return undefined;
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const value = (data as Record<string, unknown>)[name];
    const type = typeOf(property.type === "array" ? property.items : property);
    const pattern = type && PLAIN[type];
    if (!pattern) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === "string" && !pattern.test(item)) {
        return {
          instancePath: `/${name}`,
          schemaPath: `#/properties/${name}/type`,
          keyword: "type",
          params: { type },
          message: `must be ${type} (${type === "boolean" ? "true or false" : "written in decimal digits"}), not ${JSON.stringify(item)}`,
        };
      }
    }
  }
  return undefined;
}

const typeOf = (schema: Schema | undefined) =>
  Array.isArray(schema?.type) ? undefined : (schema?.type as string | undefined);
