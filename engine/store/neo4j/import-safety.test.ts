import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEntityGraph, type EntityAttributes, type EntityGraph } from "../../model/index.ts";
import { Neo4jStore, type Neo4jConnection } from "./neo4j-store.ts";
import { cypher, exclusiveDatabase, testServer } from "./test-server.ts";

const server = testServer();

const INJECTIONS = [
  '"}) DETACH DELETE n //',
  "' OR 1=1 //",
  "`) MATCH (m) DETACH DELETE m //",
  "$rows} RETURN 1 //",
  "\\u0027; CALL db.clearQueryCaches() //",
];

const person = (name: string, line: number): EntityAttributes => ({
  type: "person",
  label: name,
  name,
  classification: "restricted",
  provenance_file: "persons.csv",
  provenance_line: line,
});

function persons(count: number): EntityGraph {
  const graph = createEntityGraph();
  for (let i = 0; i < count; i++) graph.addNode(`P${i}`, person(`Person ${i}`, i + 2));
  return graph;
}

describe.skipIf("skip" in server)("Neo4jStore import safety", () => {
  const connection = server as Neo4jConnection;
  let release: () => Promise<void>;
  let store: Neo4jStore;

  beforeAll(async () => {
    release = await exclusiveDatabase(connection);
    // The MERGE path's promise: one writer, batches in order (bulk-import.test.ts has the bulk path's).
    store = await Neo4jStore.connect(connection, { batchSize: 10, bulk: false });
  }, 600_000);

  afterAll(async () => {
    await store?.close();
    await release?.();
  });

  it("commits nothing of a batch that fails midway, and the rerun completes it", async () => {
    const graph = persons(30);
    // Row 15 of 30 (the middle of the second batch of 10) holds a value no property can: a nested map.
    graph.setNodeAttribute("P14", "nickname", { nested: "map" });
    await expect(store.importGraph(graph)).rejects.toThrow(/refused a value|Property values/);
    const [after] = await cypher(
      connection,
      "MATCH (n:Person) RETURN count(n) AS n, max(n.id) AS last",
    );
    // The first batch (P0..P9) committed; nothing of the second; the third was never sent.
    expect(after).toEqual({ n: 10, last: "P9" });

    graph.removeNodeAttribute("P14", "nickname");
    expect(await store.importGraph(graph)).toMatchObject({
      entitiesCreated: 20,
      entitiesMatched: 10,
    });
    expect((await store.counts()).entities).toEqual({ person: 30 });
  });

  it("stores Cypher-injection strings in every text field as plain data", async () => {
    const graph = createEntityGraph();
    INJECTIONS.forEach((text, i) => {
      graph.addNode(`X${i} ${text}`, {
        ...person(text, i + 2),
        aliases: [text, `${text}${text}`],
        source: text,
        handling_code: text,
        provenance_file: text,
        extra: { [text]: text },
      });
    });
    const ids = graph.nodes();
    graph.addDirectedEdgeWithKey(`T ${INJECTIONS[0]}`, ids[0]!, ids[1]!, {
      type: "transfer",
      id: INJECTIONS[1],
      currency: INJECTIONS[2],
      date: INJECTIONS[3],
      amount: 12.5,
      classification: "secret",
      provenance_file: INJECTIONS[4]!,
      provenance_line: 3,
    });
    await store.importGraph(graph);

    const back = await store.loadGraph();
    for (const id of ids) expect(back.getNodeAttributes(id)).toEqual(graph.getNodeAttributes(id));
    expect(back.getEdgeAttributes(`T ${INJECTIONS[0]}`)).toEqual(
      graph.getEdgeAttributes(`T ${INJECTIONS[0]}`),
    );
    expect(await store.counts()).toEqual({
      entities: { person: 30 + INJECTIONS.length },
      links: { transfer: 1 },
    });
    for (const text of INJECTIONS) {
      expect((await store.search(text, { clearance: "secret" })).map((hit) => hit.label)).toContain(
        text,
      );
    }
  });
});
