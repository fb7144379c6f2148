import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, buildTestApp, type TestApp } from "./helper.ts";

let world: TestApp;
beforeAll(async () => {
  world = await buildTestApp();
  // A route that fails inside, registered before the app is ready, as a bug would.
  world.app.get("/api/boom", { config: { access: "viewer" } }, async () => {
    throw new Error("database password is hunter2 at /srv/crosslink/secret.ts:42");
  });
});
afterAll(() => world.app.close());

describe("security", () => {
  it("never returns a stack trace or an internal message", async () => {
    const response = await world.app.inject({
      url: "/api/boom",
      headers: bearer(world.tokens.viewer),
    });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      statusCode: 500,
      error: "Internal Server Error",
      message: "internal error; the server log has the details",
      // The id the server log files the error under, and nothing more.
      requestId: expect.any(String),
    });
  });

  it("sends a strict CSP and no CORS headers", async () => {
    const response = await world.app.inject({
      url: "/api/health",
      headers: { origin: "https://evil.example" },
    });
    const csp = response.headers["content-security-policy"] as string;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("limits the rate per caller", async () => {
    const limited = await buildTestApp(undefined, { rateLimit: 3 });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await limited.app.inject({
        url: "/api/me",
        headers: bearer(limited.tokens.viewer),
      });
      codes.push(response.statusCode);
    }
    await limited.app.close();
    expect(codes).toEqual([200, 200, 200, 429, 429]);
  });

  it("publishes an OpenAPI document with the bearer scheme", async () => {
    const response = await world.app.inject({ url: "/api/docs/json" });
    const document = response.json();
    expect(document.components.securitySchemes.bearer).toMatchObject({ scheme: "bearer" });
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/search", "/api/entities/{id}/network", "/api/cross-check"]),
    );
  });
});
