/**
 * Match decisions kept in Neo4j (`:MatchDecision` nodes with `DECIDES` to
 * each person) equal the embedded store's (`match-decisions.json`): the same
 * decisions read back, both survive a re-import of the dataset, the persons
 * keep their ids, and the analysis of either store's graph is the same, the
 * accepted pair one actor in both.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../analytics/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import type { EntityGraph, MatchDecision } from "../../model/index.ts";
import { MemoryStore } from "../memory/memory-store.ts";
import type { GraphStore } from "../types.ts";
import { Neo4jStore, type Neo4jConnection } from "./neo4j-store.ts";
import { cypher, exclusiveDatabase, testServer } from "./test-server.ts";

const server = testServer();
const DEMO = fileURLToPath(new URL("../../../fixtures/demo", import.meta.url));

describe.skipIf("skip" in server)("match decisions in Neo4j and in the data folder", () => {
  const connection = server as Neo4jConnection;
  let release: () => Promise<void>;
  let neo4jStore: Neo4jStore;
  let memory: MemoryStore;
  let graph: EntityGraph;
  let accepted: MatchDecision;
  let rejected: MatchDecision;

  const importDemo = async (store: GraphStore) =>
    store.importGraph(toEntityGraph(await loadDataset(DEMO)));

  beforeAll(async () => {
    release = await exclusiveDatabase(connection);
    await cypher(connection, "MATCH (n) DETACH DELETE n");
    neo4jStore = await Neo4jStore.connect(connection);
    memory = await MemoryStore.open(await mkdtemp(join(tmpdir(), "crosslink-decisions-")));
    for (const store of [memory, neo4jStore]) await importDemo(store);
    graph = await memory.loadGraph();
    const suspects = graph.filterNodes((_id, a) => a.type === "person" && a.category === "suspect");
    const at = "2026-12-07T08:00:00.000Z";
    accepted = { a: suspects[0]!, b: suspects[1]!, decision: "accepted", by: "ana", at };
    rejected = {
      a: suspects[2]!,
      b: suspects[3]!,
      decision: "rejected",
      by: "ana",
      at,
      note: "twins",
    };
  }, 600_000);

  afterAll(async () => {
    await neo4jStore?.close();
    await release?.();
  });

  it("reads back the same decisions, through a re-import, with the persons untouched", async () => {
    for (const store of [memory, neo4jStore]) {
      await store.decideMatch(accepted);
      await store.decideMatch({ ...rejected, decision: "accepted" });
      // A second decision on a pair replaces the first.
      await store.decideMatch(rejected);
      await importDemo(store);
    }
    const decisions = await memory.matchDecisions();
    expect(decisions).toEqual([accepted, rejected]);
    expect(await neo4jStore.matchDecisions()).toEqual(decisions);
    const [row] = await cypher(
      connection,
      "MATCH (d:MatchDecision)-[:DECIDES]->(p:Person) RETURN count(DISTINCT d) AS d, count(p) AS p",
    );
    expect(row).toEqual({ d: 2, p: 4 });
    const reread = await neo4jStore.loadGraph();
    for (const id of [accepted.a, accepted.b]) {
      expect(reread.getNodeAttributes(id)).toEqual(graph.getNodeAttributes(id));
    }
  }, 600_000);

  it("gives the same analysis on either store, the accepted pair one actor", async () => {
    const fromMemory = analyze(await memory.loadGraph(), { seed: 1 });
    const fromNeo4j = analyze(await neo4jStore.loadGraph(), { seed: 1 });
    expect(fromNeo4j.persons).toEqual(fromMemory.persons);
    expect(fromNeo4j.resolution).toEqual(fromMemory.resolution);
    const joined = fromMemory.persons.filter((p) => [accepted.a, accepted.b].includes(p.id));
    expect(joined.map((p) => [p.id, p.sameAs])).toEqual([[accepted.a, [accepted.b]]]);
    expect(fromMemory.resolution.accepted.map((m) => [m.a, m.b])).toEqual([
      [accepted.a, accepted.b],
    ]);
  }, 600_000);

  it("undoes a decision in either store alike", async () => {
    for (const store of [memory, neo4jStore]) {
      expect(await store.undoMatch(rejected.b, rejected.a)).toEqual(rejected);
      expect(await store.undoMatch(rejected.a, rejected.b)).toBeNull();
    }
    expect(await neo4jStore.matchDecisions()).toEqual(await memory.matchDecisions());
    expect(await memory.matchDecisions()).toEqual([accepted]);
  }, 600_000);
});
