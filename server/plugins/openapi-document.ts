/**
 * The OpenAPI document as clients need it, refined from what @fastify/swagger
 * derives from the route schemas, for every route alike (so a new route
 * cannot forget any of it):
 *
 * - an operationId on every operation (`getEntitiesByIdNetwork`), unless the
 *   route names its own;
 * - every status a route can answer: 500 everywhere, 429 everywhere (the rate
 *   limit covers every route), 503 everywhere (on Neo4j, while a level's
 *   analysis is not stored, server/services/stored-world.ts), 413 where a
 *   body is sent, each described;
 * - enums as enums: a choice of constants (TypeBox's union of literals, an
 *   `anyOf` of `const`s) becomes `{ type, enum }`;
 * - a parameter or body field with a default is not required: the server
 *   fills it in.
 */
import { STATUS_CODES } from "node:http";

type Json = Record<string, unknown>;
const ERROR = { $ref: "#/components/schemas/ErrorResponse" };
const METHODS = ["get", "post", "put", "patch", "delete"];

export function refineDocument<T extends object>(document: T): T {
  const doc = document as Json & { paths?: Record<string, Record<string, Json>> };
  for (const [path, operations] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      if (!METHODS.includes(method)) continue;
      operation.operationId ??= operationId(method, path);
      refineResponses(operation);
      for (const parameter of (operation.parameters ?? []) as Json[]) {
        if (parameter.in !== "path" && (parameter.schema as Json)?.default !== undefined)
          parameter.required = false;
      }
      const body = (operation.requestBody as Json | undefined)?.content as
        Record<string, { schema?: Json }> | undefined;
      for (const media of Object.values(body ?? {}))
        if (media.schema) optionalDefaults(media.schema);
    }
  }
  return enumsAsEnums(doc) as T;
}

/** `GET /api/entities/{id}/network` -> `getEntitiesByIdNetwork`. */
export function operationId(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, "")
    .split("/")
    .map((segment) => {
      const parameter = /^\{(.+)\}$/.exec(segment);
      return parameter ? `by-${parameter[1]}` : segment;
    })
    .join("-")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return method + words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join("");
}

function refineResponses(operation: Json): void {
  const responses = (operation.responses ??= {}) as Record<string, Json>;
  const codes = ["429", "500", "503", ...(operation.requestBody ? ["413"] : [])];
  for (const code of codes) {
    responses[code] ??= { content: { "application/json": { schema: ERROR } } };
  }
  for (const [code, response] of Object.entries(responses)) {
    if (!response.description || response.description === "Default Response") {
      response.description = STATUS_CODES[Number(code)] ?? code;
    }
  }
}

/** Drops from `required` every property with a default, at every depth. */
function optionalDefaults(schema: Json): void {
  const properties = schema.properties as Record<string, Json> | undefined;
  if (properties && Array.isArray(schema.required)) {
    schema.required = schema.required.filter((name) => properties[name]?.default === undefined);
    if ((schema.required as string[]).length === 0) delete schema.required;
  }
  for (const property of Object.values(properties ?? {})) optionalDefaults(property);
}

/** The constant of a one-value schema (`{ const }` or `{ enum: [x] }`), or undefined. */
function constantOf(schema: unknown): string | number | boolean | undefined {
  if (schema === null || typeof schema !== "object") return undefined;
  const { const: value, enum: values } = schema as Json;
  if (value !== undefined) return value as string;
  return Array.isArray(values) && values.length === 1 ? (values[0] as string) : undefined;
}

function enumsAsEnums(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(enumsAsEnums);
  if (node === null || typeof node !== "object") return node;
  const object = Object.fromEntries(
    Object.entries(node as Json).map(([key, value]) => [key, enumsAsEnums(value)]),
  );
  const choices = object.anyOf;
  if (!Array.isArray(choices) || choices.length === 0) return object;
  const values = choices.map(constantOf);
  const types = new Set(values.map((value) => typeof value));
  if (values.some((value) => value === undefined) || types.size !== 1) return object;
  const rest = { ...object };
  delete rest.anyOf;
  const type =
    [...types][0] === "boolean" ? "boolean" : [...types][0] === "number" ? "number" : "string";
  return { ...rest, type, enum: values };
}
