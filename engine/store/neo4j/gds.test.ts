/**
 * Graph Data Science in the project's Neo4j against the in-process engine,
 * on the published criminal networks of fixtures/reference: the same
 * articulation points, betweenness and PageRank to rounding, and Louvain
 * partitions close to ours in modularity (GDS's sometimes lower: on
 * cocaine_mambo it stays below networkx's and igraph's worst seed).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { betweenness, cutPoints, pagerank } from "../../analytics/centrality/index.ts";
import { louvain, modularity } from "../../analytics/communities/index.ts";
import { loadCommunityReferences } from "../../analytics/communities/reference-fixtures.ts";
import { Neo4jStore, type Neo4jConnection } from "./neo4j-store.ts";
import { exclusiveDatabase, testServer } from "./test-server.ts";

const server = testServer();
const references = loadCommunityReferences();

const normalised = (values: Float64Array) => {
  const total = values.reduce((sum, value) => sum + value, 0);
  return Array.from(values, (value) => value / total);
};
const largestGap = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Math.max(...Array.from(a, (value, i) => Math.abs(value - b[i]!)));

describe.skipIf("skip" in server)("Graph Data Science in Neo4j", () => {
  let store: Neo4jStore;
  let release: () => Promise<void>;
  beforeAll(async () => {
    const connection = server as Neo4jConnection;
    release = await exclusiveDatabase(connection);
    store = await Neo4jStore.connect(connection);
  });
  afterAll(async () => {
    await store?.close();
    await release?.();
  });

  it("agrees with the in-process engine on every reference network", async () => {
    for (const reference of references) {
      const { csr, name } = reference;
      const gds = await store.gdsAnalytics(csr, { weightedBetweenness: reference.weighted });
      expect(gds.articulationPoints, name).toEqual(Array.from(cutPoints(csr).articulationPoints));
      const ours = betweenness(csr, { weighted: reference.weighted, normalized: false });
      expect(largestGap(gds.betweenness!, ours), name).toBeLessThan(1e-9 * Math.max(1, ...ours));
      // GDS's scores sum to the node count less the teleported share; ours to 1.
      expect(largestGap(normalised(gds.pagerank), pagerank(csr).scores), name).toBeLessThan(1e-6);
      const theirs = modularity(csr, gds.communities);
      expect(theirs, name).toBeGreaterThan(0.9 * reference.minimum);
      expect(louvain(csr, { seed: 1 }).modularity, name).toBeGreaterThan(theirs - 0.005);
    }
  });
});
