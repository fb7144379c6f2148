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
      if (status >= 500) request.log.error({ err: error }, "request failed");
      const message =
        error.validation && error.validation.length > 0
          ? describeValidation(error.validationContext ?? "request", error.validation)
          : status >= 500
            ? "internal error; the server log has the details"
            : error.message;
      return reply.code(status).send({
        statusCode: status,
        error: STATUS_CODES[status],
        message,
        ...(status >= 500 && { requestId: request.id }),
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
