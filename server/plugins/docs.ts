/** The OpenAPI document (from the route schemas) and its docs page at /api/docs. */
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import fp from "fastify-plugin";
import { ErrorResponse } from "../schemas/common.ts";

export default fp(
  async (app) => {
    app.addSchema(ErrorResponse);
    await app.register(swagger, {
      openapi: {
        info: {
          title: "Crosslink API",
          description:
            "Graph analytics for migrant-smuggling networks. Every route but health and login needs `Authorization: Bearer <token>` (an API token or a session token from /api/login); responses hold only records at or below the caller's clearance.",
          version: "0.1.0",
        },
        components: {
          securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
        },
        security: [{ bearer: [] }],
      },
      refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? i) },
    });
    await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  },
  { name: "docs" },
);
