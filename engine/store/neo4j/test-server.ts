/**
 * For the tests of this folder: the server the global setup provides
 * (scripts/neo4j/global-setup.ts), and exclusive use of its one database.
 * Test files run in parallel workers; each takes a lock (a directory, which
 * mkdir creates atomically) and starts from an empty database.
 */
import { mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { inject } from "vitest";
import type { Neo4jConnection } from "./neo4j-store.ts";

export type Neo4jTestServer = Neo4jConnection | { skip: string };

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jTestServer;
  }
}

export function testServer(): Neo4jTestServer {
  return (
    inject("neo4j") ?? {
      skip: "the Neo4j global setup (scripts/neo4j/global-setup.ts) did not run",
    }
  );
}

/** Waits for the database, empties it, and returns the release. */
export async function exclusiveDatabase(connection: Neo4jConnection): Promise<() => Promise<void>> {
  const lock = join(tmpdir(), `crosslink-neo4j-test-${new URL(connection.uri).port}.lock`);
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await emptyDatabase(connection);
  return () => rm(lock, { recursive: true, force: true });
}

/** Plain Cypher straight through the driver, for the tests' own checks. */
export async function cypher(
  connection: Neo4jConnection,
  query: string,
  parameters: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const driver = neo4j.driver(
    connection.uri,
    neo4j.auth.basic(connection.user, connection.password),
    {
      disableLosslessIntegers: true,
    },
  );
  try {
    const { records } = await driver.executeQuery(query, parameters, {
      database: connection.database ?? "neo4j",
    });
    return records.map((record) => record.toObject());
  } finally {
    await driver.close();
  }
}

/** Every node and relationship with its labels or type and all its properties, in id and key order. */
export async function dump(connection: Neo4jConnection) {
  return {
    nodes: await cypher(
      connection,
      "MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id",
    ),
    relationships: await cypher(
      connection,
      `MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS source, b.id AS target,
       properties(r) AS properties ORDER BY r.key`,
    ),
  };
}

/** In batches, so a large leftover graph does not need one huge transaction. */
async function emptyDatabase(connection: Neo4jConnection): Promise<void> {
  for (;;) {
    const [row] = await cypher(
      connection,
      "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n",
    );
    if (row?.n === 0) return;
  }
}
