/**
 * vitest global setup: the Neo4j server for engine/store/neo4j's tests.
 * NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) names a server to use instead;
 * otherwise one is started on a free port with a temporary store and stopped
 * at teardown, but only when those tests are part of the run, so the rest of
 * the suite never waits for a JVM. Without Java the tests skip loudly; with
 * CI=true they must run, so a missing Java or launcher fails the run.
 */
import type { TestProject } from "vitest/node";
import type { Neo4jTestServer } from "../../engine/store/neo4j/test-server.ts";
import { neo4jMissing, startNeo4j } from "./server.ts";

/** Test files that need the server: the store's own, and any named `*.neo4j.test.ts`. */
const NEO4J_TESTS = /\/engine\/store\/neo4j\/|\.neo4j\.test\.ts$/;

export default async function setup(project: TestProject) {
  const provide = (server: Neo4jTestServer) => project.provide("neo4j", server);
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD } = process.env;
  if (NEO4J_URI) {
    provide({ uri: NEO4J_URI, user: NEO4J_USER ?? "neo4j", password: NEO4J_PASSWORD ?? "" });
    return;
  }
  const { testFiles } = await project.globTestFiles(project.vitest.config.filters);
  if (!testFiles.some((file) => NEO4J_TESTS.test(file))) {
    provide({ skip: "no Neo4j store tests in this run" });
    return;
  }
  const missing = neo4jMissing();
  if (missing) {
    if (process.env.CI === "true") throw new Error(`Neo4j store tests cannot run: ${missing}`);
    console.warn(`\n!!! SKIPPING the Neo4j store tests: ${missing} !!!\n`);
    provide({ skip: missing });
    return;
  }
  const server = await startNeo4j();
  provide({ uri: server.uri, user: server.user, password: server.password });
  return () => server.stop();
}
