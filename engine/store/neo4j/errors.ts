/**
 * Driver errors turned into messages an operator can act on. The driver's own
 * messages name sockets and Bolt states; ours name the server, the user and
 * what to check.
 */
import { Neo4jError } from "neo4j-driver";

export class Neo4jStoreError extends Error {
  constructor(
    message: string,
    /** The server's status code (Neo.ClientError...), or the driver's (ServiceUnavailable). */
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "Neo4jStoreError";
  }
}

export interface ErrorContext {
  uri: string;
  user: string;
  database: string;
}

export function translateError(error: unknown, context: ErrorContext): Error {
  if (error instanceof Neo4jStoreError || !(error instanceof Neo4jError)) return error as Error;
  const { uri, user, database } = context;
  const at = `Neo4j at ${uri}`;
  const says = firstLine(error.message);
  let message: string;
  switch (error.code) {
    case "ServiceUnavailable":
    case "SessionExpired":
      message = `cannot reach Neo4j at ${uri}: is the server running? (${says})`;
      break;
    case "Neo.ClientError.Security.Unauthorized":
      message = `${at} refused user ${JSON.stringify(user)}: wrong user name or password (set NEO4J_USER and NEO4J_PASSWORD)`;
      break;
    case "Neo.ClientError.Security.AuthenticationRateLimit":
      message = `${at} blocks user ${JSON.stringify(user)} for a while after too many wrong passwords`;
      break;
    case "Neo.ClientError.Database.DatabaseNotFound":
      message = `${at} has no database ${JSON.stringify(database)}`;
      break;
    case "Neo.ClientError.Schema.ConstraintValidationFailed":
      message = `${at}: a uniqueness constraint refused the write: ${says}`;
      break;
    case "Neo.ClientError.Statement.TypeError":
    case "Neo.ClientError.Statement.ArgumentError":
      message = `${at} refused a value: ${says}`;
      break;
    default:
      message = `${at} (database ${JSON.stringify(database)}): ${error.code}: ${says}`;
  }
  return new Neo4jStoreError(message, error.code, { cause: error });
}

const firstLine = (text: string) => text.split("\n", 1)[0]!.trim();
