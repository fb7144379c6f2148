/**
 * The OpenAPI document is one a client can trust: a valid OpenAPI 3.1
 * document (@seriousme/openapi-schema-validator), an operationId on every
 * operation, enums as enums, no parameter or body field with a default
 * marked required; and every live response — of every route the document
 * names, successes and errors (400, 401, 403, 404, 413, 429) — has a status
 * and a content type the document declares for that route and a body its
 * schema accepts (ajv, JSON Schema 2020-12). A route in the document that no
 * case here exercises fails the test.
 */
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, buildTestApp, type TestApp } from "./helper.ts";
import { ROUTE_CASES } from "./routes.ts";

type Json = Record<string, unknown>;
interface Operation extends Json {
  operationId?: string;
  parameters?: Json[];
  requestBody?: Json;
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}
type Paths = Record<string, Record<string, Operation>>;

let world: TestApp;
let limited: TestApp;
let document: Json & { paths: Paths };
let ajv: InstanceType<typeof Ajv2020>;
const exercised = new Set<string>();

beforeAll(async () => {
  world = await buildTestApp();
  limited = await buildTestApp(undefined, { rateLimit: 2 });
  document = (await world.app.inject({ method: "GET", url: "/api/docs/json" })).json();
  ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  ajv.addSchema(document, "openapi");
});
afterAll(async () => {
  await world?.app.close();
  await limited?.app.close();
});

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

/** The document's path template for a URL, and the operation. */
function operationOf(method: string, url: string): { template: string; operation: Operation } {
  const path = url.split("?")[0]!;
  for (const [template, operations] of Object.entries(document.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    const operation = operations[method.toLowerCase()];
    if (pattern.test(path) && operation) return { template, operation };
  }
  throw new Error(`${method} ${path} is not in the OpenAPI document`);
}

/** Sends the request and checks the response against the document. */
async function conforms(
  app: TestApp["app"],
  request: InjectOptions & { method: string; url: string },
) {
  const response = await app.inject(request);
  const { template, operation } = operationOf(request.method, request.url);
  exercised.add(`${request.method.toUpperCase()} ${template}`);
  const where = `${request.method} ${request.url} -> ${response.statusCode}`;
  const declared = operation.responses[String(response.statusCode)];
  expect(declared, `${where}: status not declared`).toBeDefined();
  const media = String(response.headers["content-type"]).split(";")[0]!.trim();
  expect(Object.keys(declared!.content ?? {}), `${where}: content type`).toContain(media);
  const validate = ajv.getSchema(
    `openapi#/${pointer("paths", template, request.method.toLowerCase(), "responses", String(response.statusCode), "content", media, "schema")}`,
  )!;
  const body = media === "application/json" ? response.json() : response.body;
  expect(validate(body), `${where}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  return response;
}

const as = (token: string) => ({ headers: bearer(token) });

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
  });

  it("is strict enough to refuse a body that does not fit (the checks below are not vacuous)", () => {
    const summary = ajv.getSchema(
      `openapi#/${pointer("paths", "/api/summary", "get", "responses", "200", "content", "application/json", "schema")}`,
    )!;
    expect(summary({})).toBe(false);
    const error = ajv.getSchema(
      `openapi#/${pointer("paths", "/api/summary", "get", "responses", "401", "content", "application/json", "schema")}`,
    )!;
    expect(error({ statusCode: "401", error: "Unauthorized", message: "x" })).toBe(false);
    expect(error({ statusCode: 401, error: "Unauthorized", message: "x" })).toBe(true);
  });

  it("names every operation, uniquely", () => {
    const ids = Object.values(document.paths).flatMap((operations) =>
      Object.values(operations).map((operation) => operation.operationId),
    );
    expect(ids.every((id) => typeof id === "string" && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("writes every choice of constants as an enum", () => {
    const anyOfConstants: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== "object") return;
      const anyOf = (node as Json).anyOf;
      if (
        Array.isArray(anyOf) &&
        anyOf.every((choice) => "const" in choice || (choice.enum?.length ?? 0) === 1)
      )
        anyOfConstants.push(path);
      for (const [key, value] of Object.entries(node)) walk(value, `${path}/${key}`);
    };
    walk(document, "");
    expect(anyOfConstants).toEqual([]);
    const disruption = document.paths["/api/disruption"]!.post!.requestBody as Json;
    expect(JSON.stringify(disruption)).toContain('"enum":["ids","degree","target-score"');
  });

  it("marks no parameter or body field with a default as required", () => {
    for (const [template, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const parameter of operation.parameters ?? []) {
          const schema = parameter.schema as Json;
          if (schema.default !== undefined)
            expect(parameter.required, `${method} ${template} ${String(parameter.name)}`).toBe(
              false,
            );
        }
        const body = JSON.stringify(operation.requestBody ?? {});
        const schema = (operation.requestBody as { content?: Record<string, { schema: Json }> })
          ?.content?.["application/json"]?.schema;
        const required = (schema?.required as string[] | undefined) ?? [];
        const properties = (schema?.properties ?? {}) as Record<string, Json>;
        for (const name of required)
          expect(
            properties[name]?.default,
            `${method} ${template} body ${name} ${body.length}`,
          ).toBeUndefined();
      }
    }
    const search = document.paths["/api/search"]!.get!.parameters!;
    expect(search.find((p) => p.name === "limit")).toMatchObject({ required: false });
  });
});

describe("live responses against the document", () => {
  it("every data route, as a user who may call it", async () => {
    for (const route of ROUTE_CASES) {
      const response = await conforms(world.app, { ...route, ...as(world.tokens.admin) });
      expect(response.statusCode, route.url).toBe(200);
    }
  });

  it("a saved view, read back by its link's id", async () => {
    const saved = await conforms(world.app, {
      method: "POST",
      url: "/api/views",
      payload: { name: "calais", state: { selection: ["P1"] } },
      ...as(world.tokens.analyst),
    });
    const read = await conforms(world.app, {
      method: "GET",
      url: `/api/views/${saved.json().id as string}`,
      ...as(world.tokens.analyst),
    });
    expect(read.json().state).toEqual({ selection: ["P1"] });
  });

  it("a match decision withdrawn, and a 404 when there is none", async () => {
    const pair = {
      method: "DELETE",
      url: "/api/resolution/decisions/P1/P3",
      ...as(world.tokens.admin),
    };
    await world.app.inject({
      method: "POST",
      url: "/api/resolution/decisions",
      payload: { a: "P3", b: "P1", decision: "rejected" },
      ...as(world.tokens.admin),
    });
    expect((await conforms(world.app, pair)).statusCode).toBe(200);
    expect((await conforms(world.app, pair)).statusCode).toBe(404);
  });

  it("health and login", async () => {
    expect((await conforms(world.app, { method: "GET", url: "/api/health" })).statusCode).toBe(200);
    const login = await conforms(world.app, {
      method: "POST",
      url: "/api/login",
      payload: { name: "viewer", token: world.tokens.viewer },
    });
    expect(login.statusCode).toBe(200);
    const refused = await conforms(world.app, {
      method: "POST",
      url: "/api/login",
      payload: { name: "viewer", token: "clk_" + "x".repeat(43) },
    });
    expect(refused.statusCode).toBe(401);
  });

  it("the package as JSON and as HTML, and a 404 for a hidden or missing id", async () => {
    const json = await conforms(world.app, {
      method: "GET",
      url: "/api/targets/P1/package",
      ...as(world.tokens.admin),
    });
    expect(json.headers["content-type"]).toMatch(/^application\/json/);
    expect(typeof json.json()).toBe("object");
    const html = await conforms(world.app, {
      method: "GET",
      url: "/api/targets/P1/package?format=html",
      ...as(world.tokens.admin),
    });
    expect(html.headers["content-type"]).toMatch(/^text\/html/);
    for (const id of ["NOPE", "S1"]) {
      const missing = await conforms(world.app, {
        method: "GET",
        url: `/api/targets/${id}/package`,
        ...as(world.tokens.restricted),
      });
      expect(missing.statusCode).toBe(404);
    }
  });

  it("401 without a token, 403 for a role too low, 404 for an unknown id", async () => {
    expect((await conforms(world.app, { method: "GET", url: "/api/summary" })).statusCode).toBe(
      401,
    );
    expect(
      (
        await conforms(world.app, {
          method: "GET",
          url: "/api/targets",
          ...as(world.tokens.viewer),
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await conforms(world.app, {
          method: "GET",
          url: "/api/entities/NOPE",
          ...as(world.tokens.viewer),
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await conforms(world.app, {
          method: "GET",
          url: "/api/communities/99999",
          ...as(world.tokens.analyst),
        })
      ).statusCode,
    ).toBe(404);
  });

  it("400 for a value not in its plain form or of the wrong type: nothing is coerced", async () => {
    const bad: (InjectOptions & { method: string; url: string })[] = [
      { method: "GET", url: "/api/targets?limit=0x10" },
      { method: "GET", url: "/api/targets?limit=1e1" },
      { method: "GET", url: "/api/entities/P1/network?depth=%201" },
      { method: "GET", url: "/api/search" },
      { method: "POST", url: "/api/disruption", payload: { strategy: "degree", steps: "5" } },
      {
        method: "POST",
        url: "/api/disruption",
        payload: { strategy: "degree", directed: "false" },
      },
      { method: "POST", url: "/api/cross-check", payload: { selectors: [{ value: false }] } },
    ];
    for (const request of bad) {
      const response = await conforms(world.app, { ...request, ...as(world.tokens.admin) });
      expect(
        response.statusCode,
        `${request.method} ${request.url} ${JSON.stringify(request.payload)}`,
      ).toBe(400);
    }
    const plain = await conforms(world.app, {
      method: "GET",
      url: "/api/targets?limit=16",
      ...as(world.tokens.admin),
    });
    expect(plain.statusCode).toBe(200);
    const boolean = await conforms(world.app, {
      method: "POST",
      url: "/api/disruption",
      payload: { strategy: "degree", steps: 2, directed: false },
      ...as(world.tokens.admin),
    });
    expect(boolean.statusCode).toBe(200);
  });

  it("413 for a body over the limit, 429 over the rate limit", async () => {
    const big = await conforms(world.app, {
      method: "POST",
      url: "/api/cross-check",
      payload: { selectors: [{ value: "x".repeat(300 * 1024) }] },
      ...as(world.tokens.admin),
    });
    expect(big.statusCode).toBe(413);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push(
        (
          await conforms(limited.app, {
            method: "GET",
            url: "/api/me",
            ...as(limited.tokens.viewer),
          })
        ).statusCode,
      );
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it("has exercised every route in the document", () => {
    const routes = Object.entries(document.paths).flatMap(([template, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${template}`),
    );
    expect(routes.filter((route) => !exercised.has(route))).toEqual([]);
  });
});
