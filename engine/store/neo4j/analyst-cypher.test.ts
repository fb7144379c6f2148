/**
 * Neo4j as its own users see it: on the demo world imported and analysed
 * with the write-back, dates are DATE and DATETIME, coordinates a point,
 * no property holds an empty list, the store's bookkeeping is prefixed, the
 * full-text indexes exist, and each Cypher query of the README's "Neo4j for
 * analysts" runs as written and returns the rows the entity graph says it
 * should.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze, type Analysis } from "../../analytics/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { ENTITY_FILES, LINK_FILES, type EntityGraph } from "../../model/index.ts";
import { Neo4jStore, type Neo4jConnection } from "./neo4j-store.ts";
import { USER_INDEXES } from "./schema.ts";
import { cypher, exclusiveDatabase, testServer } from "./test-server.ts";
import { entries } from "../test/query-battery.ts";
import { ANALYSIS_PROPERTIES } from "./write-analysis.ts";

const server = testServer();

/** The ```cypher blocks of the README's section for analysts, in order. */
async function readmeQueries(): Promise<string[]> {
  const readme = await readFile("README.md", "utf8");
  const start = readme.indexOf("### Neo4j for analysts");
  const section = readme.slice(start, readme.indexOf("\n## ", start));
  return [...section.matchAll(/```cypher\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

/** Neo4j values as plain JSON: temporal values as their text. */
const plain = (rows: Record<string, unknown>[]) =>
  rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [
        key,
        value !== null && typeof value === "object" ? String(value) : value,
      ]),
    ),
  );

const distanceMetres = (lat1: number, lon1: number, lat2: number, lon2: number) => {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6_378_140 * Math.asin(Math.sqrt(h));
};

describe.skipIf("skip" in server)("Neo4j for its own users (demo world)", () => {
  const connection = server as Neo4jConnection;
  let release: () => Promise<void>;
  let store: Neo4jStore;
  let graph: EntityGraph;
  let analysis: Analysis;
  let queries: string[];

  beforeAll(async () => {
    release = await exclusiveDatabase(connection);
    store = await Neo4jStore.connect(connection);
    graph = toEntityGraph(await loadDataset("fixtures/demo"));
    await store.importGraph(graph);
    analysis = analyze(graph);
    await store.writeAnalysis(analysis);
    queries = await readmeQueries();
  }, 600_000);

  afterAll(async () => {
    await store?.close();
    await release?.();
  });

  it("types dates, date-times and coordinates as Neo4j's own values", async () => {
    const [row] = await cypher(
      connection,
      `MATCH ()-[t:TRANSFER]->() WITH collect(DISTINCT valueType(t.date)) AS transfers
       MATCH ()-[c:CALL]->() WITH transfers, collect(DISTINCT valueType(c.start)) AS calls
       MATCH ()-[s:SIGHTED_AT]->() WITH transfers, calls, collect(DISTINCT valueType(s.time)) AS sightings
       MATCH (l:Location) WHERE l.coordinates IS NOT NULL
       RETURN transfers, calls, sightings, collect(DISTINCT valueType(l.coordinates)) AS points,
              count(l) AS located, sum(CASE WHEN l.lat IS NULL AND l.lon IS NULL THEN 0 ELSE 1 END) AS floats`,
    );
    expect(row).toMatchObject({
      transfers: ["DATE NOT NULL"],
      calls: ["ZONED DATETIME NOT NULL"],
      sightings: ["ZONED DATETIME NOT NULL"],
      points: ["POINT NOT NULL"],
      floats: 0,
    });
    const located = graph.filterNodes((_, a) => typeof a.lat === "number").length;
    expect(row!.located).toBe(located);
    // A whole day is a DATE; a date given to the month stays text, as written.
    const births = await cypher(
      connection,
      `MATCH (p:Person {id: 'P000001'}) WITH p.birth_date AS whole
       MATCH (q:Person {id: 'P000002'}) RETURN valueType(whole) AS whole, valueType(q.birth_date) AS month, q.birth_date AS text`,
    );
    expect(births).toEqual([{ whole: "DATE NOT NULL", month: "STRING NOT NULL", text: "2000-08" }]);
  });

  it("sets no property to an empty list, the write-back included", async () => {
    const [row] = await cypher(
      connection,
      `CALL {
         MATCH (n) UNWIND keys(n) AS key WITH n[key] AS value
         WHERE valueType(value) STARTS WITH 'LIST' AND size(value) = 0 RETURN count(*) AS empty
         UNION ALL
         MATCH ()-[r]->() UNWIND keys(r) AS key WITH r[key] AS value
         WHERE valueType(value) STARTS WITH 'LIST' AND size(value) = 0 RETURN count(*) AS empty
       } RETURN sum(empty) AS empty`,
    );
    expect(row!.empty).toBe(0);
    const [withCrimes] = await cypher(
      connection,
      "MATCH (p:Person) WHERE p.crime_types IS NOT NULL RETURN count(p) AS n",
    );
    expect(withCrimes!.n).toBe(analysis.persons.filter((p) => p.crimeTypes.length > 0).length);
  });

  it("keeps the store's bookkeeping apart: every other property is a record field or the write-back's", async () => {
    const fields = new Set<string>([
      ...[...Object.values(ENTITY_FILES), ...Object.values(LINK_FILES)].flatMap((spec) =>
        Object.keys(spec.fields),
      ),
      ...ANALYSIS_PROPERTIES,
      ...["id", "key", "type", "label", "coordinates", "extra", "merged_ids"],
      ...["provenance_dataset", "provenance_file", "provenance_line"],
    ]);
    const rows = await cypher(
      connection,
      `CALL { MATCH (n:Entity) UNWIND keys(n) AS key RETURN DISTINCT key
              UNION MATCH ()-[r]->() WHERE type(r) <> 'MEMBER_OF' UNWIND keys(r) AS key RETURN DISTINCT key }
       RETURN collect(key) AS keys`,
    );
    const keys = rows[0]!.keys as string[];
    const others = keys.filter((key) => !fields.has(key));
    // _digest: each record's content hash, so a re-import writes only what changed.
    expect(others.sort()).toEqual(["_digest", "_rank", "_search", "_seq"]);
  });

  it("has the full-text indexes on names, numbers, plates, handles and titles", async () => {
    // The store connects without waiting for them (schema.ts): they come online in the background.
    await cypher(connection, "CALL db.awaitIndexes(300)");
    const rows = await cypher(
      connection,
      "SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state",
    );
    for (const name of Object.keys(USER_INDEXES)) {
      expect(rows.find((row) => row.name === name)?.state, name).toBe("ONLINE");
    }
    const [plate] = await cypher(
      connection,
      "CALL db.index.fulltext.queryNodes('vehicle_plates', 'itrl9335') YIELD node RETURN node.id AS id",
    );
    expect(plate!.id).toBe("V000003");
  });

  it("runs the README's queries as written, with the rows the entity graph gives", async () => {
    expect(queries).toHaveLength(5);
    const [transfers, calls, near, names, phone] = queries as [
      string,
      string,
      string,
      string,
      string,
    ];

    const bigTransfers = graph
      .filterEdges(
        (_, a) =>
          a.type === "transfer" &&
          a.currency === "EUR" &&
          (a.amount as number) > 10_000 &&
          /^\d{4}-\d{2}-\d{2}$/.test(a.date as string) &&
          (a.date as string) >= "2024-01-01" &&
          (a.date as string) < "2024-07-01",
      )
      .map(
        (key) =>
          ({ key, ...graph.getEdgeAttributes(key) }) as Record<string, unknown> & { key: string },
      )
      .sort(
        (x, y) =>
          (x.date as string).localeCompare(y.date as string) ||
          (x.id as string).localeCompare(y.id as string),
      )
      .map((t) => ({
        sender: graph.getNodeAttribute(graph.source(t.key), "name"),
        receiver: graph.getNodeAttribute(graph.target(t.key), "name"),
        amount: t.amount,
        date: t.date,
      }));
    expect(bigTransfers.length).toBeGreaterThan(5);
    expect(plain(await cypher(connection, transfers))).toEqual(bigTransfers);

    // Calls between persons of community 0, through the phones they use.
    const community = new Map(analysis.persons.map((p) => [p.id, p.community]));
    const users = (phone: string) =>
      graph
        .inboundEdges(phone)
        .filter((edge) => graph.getEdgeAttribute(edge, "type") === "uses_phone")
        .map((edge) => graph.source(edge))
        .filter(
          (person) =>
            graph.getNodeAttribute(person, "type") === "person" && community.get(person) === 0,
        );
    const pairs = new Map<string, { caller: unknown; callee: unknown; starts: string[] }>();
    graph.forEachEdge((_, a, source, target) => {
      if (a.type !== "call") return;
      for (const caller of new Set(users(source)))
        for (const callee of new Set(users(target))) {
          if (caller === callee) continue;
          const names = [
            graph.getNodeAttribute(caller, "name"),
            graph.getNodeAttribute(callee, "name"),
          ];
          const pair = pairs.get(`${caller}>${callee}`) ?? {
            caller: names[0],
            callee: names[1],
            starts: [],
          };
          pair.starts.push(a.start as string);
          pairs.set(`${caller}>${callee}`, pair);
        }
    });
    const expectedCalls = [...pairs.values()].map(({ caller, callee, starts }) => ({
      caller,
      callee,
      calls: starts.length,
      first: starts.reduce((x, y) => (y < x ? y : x)),
      last: starts.reduce((x, y) => (y > x ? y : x)),
    }));
    const gotCalls = plain(await cypher(connection, calls));
    expect(gotCalls.length).toBeGreaterThan(10);
    const byPair = (rows: Record<string, unknown>[]) =>
      rows.map((row) => JSON.stringify(row)).sort();
    expect(byPair(gotCalls)).toEqual(byPair(expectedCalls));
    expect(gotCalls.map((row) => row.calls)).toEqual(
      [...gotCalls.map((row) => row.calls as number)].sort((x, y) => y - x),
    );

    // Persons sighted within 20 km of Athens.
    const seen = graph
      .filterEdges((edge, a, source, target) => {
        const place = graph.getNodeAttributes(target);
        return (
          a.type === "sighted_at" &&
          graph.getNodeAttribute(source, "type") === "person" &&
          typeof place.lat === "number" &&
          distanceMetres(37.9838, 23.7275, place.lat, place.lon as number) < 20_000
        );
      })
      .map((edge) => ({
        person: graph.getNodeAttribute(graph.source(edge), "name"),
        place: graph.getNodeAttribute(graph.target(edge), "name"),
        time: graph.getEdgeAttribute(edge, "time"),
      }));
    const gotNear = plain(await cypher(connection, near));
    expect(gotNear.length).toBeGreaterThan(0);
    expect(byPair(gotNear)).toEqual(byPair(seen));

    // Everyone with "Oikonomou" in a name or an alias, and the phone's users.
    const oikonomou = graph.filterNodes(
      (_, a) =>
        ["person", "organisation", "location", "route"].includes(a.type) &&
        [a.name, ...((a.aliases as string[] | undefined) ?? [])].some((name) =>
          /\boikonomou\b/i.test(String(name)),
        ),
    );
    const gotNames = await cypher(connection, names);
    expect(oikonomou.length).toBeGreaterThan(0);
    expect(gotNames.map((row) => row.id)).toEqual(expect.arrayContaining(oikonomou));
    const phoneUsers = graph
      .inboundEdges("PH000001")
      .filter((edge) => graph.getEdgeAttribute(edge, "type") === "uses_phone")
      .map((edge) => ({
        number: "+9647500689797",
        user: graph.getNodeAttribute(graph.source(edge), "name"),
      }));
    expect(phoneUsers.length).toBeGreaterThan(0);
    expect(byPair(await cypher(connection, phone))).toEqual(byPair(phoneUsers));
  });

  it("rewrites a database of the earlier shape (text dates, lat and lon, bare bookkeeping) when the store connects", async () => {
    const legacy = [
      "MATCH (n:Entity) SET n.seq = n._seq, n.search_terms = n._search, n.classification_rank = n._rank REMOVE n._seq, n._search, n._rank",
      "MATCH ()-[r]->() WHERE r._seq IS NOT NULL SET r.seq = r._seq, r.classification_rank = r._rank REMOVE r._seq, r._rank",
      "MATCH (p:Person) WHERE p.birth_date IS :: DATE SET p.birth_date = toString(p.birth_date)",
      "MATCH (l:Location) WHERE l.coordinates IS NOT NULL SET l.lat = l.coordinates.latitude, l.lon = l.coordinates.longitude REMOVE l.coordinates",
      "MATCH ()-[t:TRANSFER]->() SET t.date = toString(t.date)",
      "MATCH ()-[c:CALL]->() SET c.start = toString(c.start)",
    ];
    for (const statement of legacy) await cypher(connection, statement);
    const again = await Neo4jStore.connect(connection, { batchSize: 100 });
    try {
      expect(entries(await again.loadGraph())).toEqual(entries(graph));
    } finally {
      await again.close();
    }
    const [row] = await cypher(
      connection,
      `MATCH (p:Person {id: 'P000001'}), (l:Location {id: 'L000001'}), ()-[t:TRANSFER {id: 'T000060'}]->()
       RETURN valueType(p.birth_date) AS birth, valueType(l.coordinates) AS point, l.lat AS lat,
              valueType(t.date) AS date, p.seq AS seq, p.community IS NOT NULL AS analysed`,
    );
    expect(row).toEqual({
      birth: "DATE NOT NULL",
      point: "POINT NOT NULL",
      lat: null,
      date: "DATE NOT NULL",
      seq: null,
      analysed: true,
    });
  });
});
