/**
 * Errors become clear JSON messages: validation errors name the field and
 * what is wrong, client errors keep their message, and anything else is a
 * plain "internal error" with the details only in the log, under the
 * request id the answer gives (a random UUID per request, app.ts). Never a
 * stack trace.
 */
import type { FastifyError, FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { STATUS_CODES } from "node:http";

interface ValidationIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

export default fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
      // A 503 that says what to run (stored-world.ts) is meant for the caller.
      const exposed = status < 500 || (error as { expose?: boolean }).expose === true;
      if (!exposed) request.log.error({ err: error }, "request failed");
      const message =
        error.validation && error.validation.length > 0
          ? describeValidation(error.validationContext ?? "request", error.validation)
          : exposed
            ? error.message
            : "internal error; the server log has the details";
      return reply.code(status).send({
        statusCode: status,
        error: STATUS_CODES[status],
        message,
        ...(!exposed && { requestId: request.id }),
      });
    });
    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send({
        statusCode: 404,
        error: "Not Found",
        message: `no route ${request.method} ${request.url.split("?")[0]}`,
      }),
    );
  },
  { name: "errors" },
);

function describeValidation(where: string, issues: readonly ValidationIssue[]): string {
  return issues
    .map((issue) => {
      const path = `${where}${issue.instancePath.replaceAll("/", ".")}`;
      if (issue.keyword === "additionalProperties")
        return `${path}: unknown field "${String(issue.params.additionalProperty)}"`;
      if (issue.keyword === "required")
        return `${path}: missing field "${String(issue.params.missingProperty)}"`;
      return `${path}: ${issue.message ?? issue.keyword}`;
    })
    .join("; ");
}
