/** The OpenAPI document (from the route schemas) and its docs page at /api/docs. */
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import fp from "fastify-plugin";
import { ErrorResponse } from "../schemas/common.ts";
import { refineDocument } from "./openapi-document.ts";

export default fp(
  async (app) => {
    app.addSchema(ErrorResponse);
    await app.register(swagger, {
      openapi: {
        openapi: "3.1.0",
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
      transformObject: (document) =>
        refineDocument(
          "openapiObject" in document ? document.openapiObject : document.swaggerObject,
        ),
    });
    await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  },
  { name: "docs" },
);
