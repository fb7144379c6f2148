/**
 * Graph Data Science inside Neo4j: the person network projected into GDS's
 * in-memory catalog, and Louvain, PageRank, betweenness and articulation
 * points run there; only the results come back. For graphs past one process,
 * and for a Neo4j cluster (Enterprise or Aura) with GDS, where the database's
 * machine does the work.
 *
 * The ties are projected from the CSR index by node number (GDS's Cypher
 * aggregation takes integers as node ids; the driver sends numbers as
 * floats, hence toInteger), each tie once, with its weight and
 * its cost 1/weight: PageRank and Louvain read the weight, betweenness walks
 * the cost, as the in-process engine does (engine/analytics/centrality).
 */
import neo4j, { type Integer } from "neo4j-driver";
import type { Csr } from "../../analytics/csr.ts";
import type { Executor, Run } from "./executor.ts";

export interface GdsOptions {
  /** PageRank's damping factor. */
  pagerankAlpha: number;
  /** Weighted betweenness (cost 1/weight) or hop counts. */
  weightedBetweenness: boolean;
  /**
   * Exact betweenness, or none: GDS samples its sources by degree and states
   * no error bound, so past the exact size the in-process estimator (with its
   * bound) is the one to use.
   */
  betweenness: boolean;
}

export const GDS_DEFAULTS: GdsOptions = {
  pagerankAlpha: 0.85,
  weightedBetweenness: true,
  betweenness: true,
};

/** Per node index of the CSR. */
export interface GdsResults {
  communities: Int32Array;
  pagerank: Float64Array;
  /** Raw sums over ordered pairs halved (GDS's scale): as the in-process engine's before normalising; null when not asked. */
  betweenness: Float64Array | null;
  articulationPoints: number[];
}

/** One thread: the same answer on every run (GDS's parallel Louvain is not deterministic). Integers go as Cypher integers, not floats. */
const SINGLE_THREAD = neo4j.int(1);

/** Ties one projection takes: they travel as one parameter list. */
const PROJECTION_LIMIT = 2_000_000;

const projectQuery = `
UNWIND $ties AS tie
WITH gds.graph.project(
  $name, toInteger(tie[0]), toInteger(tie[1]),
  { relationshipProperties: { weight: tie[2], cost: tie[3] } },
  { undirectedRelationshipTypes: ['*'] }
) AS graph
RETURN graph.nodeCount AS nodes, graph.relationshipCount AS relationships`;

export async function gdsAnalytics(
  executor: Executor,
  csr: Csr,
  options: Partial<GdsOptions> = {},
): Promise<GdsResults> {
  const settings = { ...GDS_DEFAULTS, ...options };
  if (csr.edgeCount > PROJECTION_LIMIT) {
    throw new RangeError(
      `gds: ${csr.edgeCount} ties exceed the ${PROJECTION_LIMIT} one projection takes`,
    );
  }
  const name = `crosslink-${process.pid}-${Date.now()}`;
  await executor.read((run) => run(projectQuery, { name, ties: tieRows(csr) }));
  // One transaction per call: a failed call rolls back only itself, and the drop still runs.
  const stream = (procedure: string, field: string, configuration: Record<string, unknown>) =>
    executor.read((run) => perNode(run, csr.nodeCount, procedure, name, field, configuration));
  try {
    const communities = await stream("gds.louvain.stream", "communityId", {
      relationshipWeightProperty: "weight",
      concurrency: SINGLE_THREAD,
    });
    const pagerank = await stream("gds.pageRank.stream", "score", {
      relationshipWeightProperty: "weight",
      dampingFactor: settings.pagerankAlpha,
      maxIterations: neo4j.int(200),
      tolerance: 1e-10,
      concurrency: SINGLE_THREAD,
    });
    const betweenness = settings.betweenness
      ? await stream("gds.betweenness.stream", "score", {
          ...(settings.weightedBetweenness && { relationshipWeightProperty: "cost" }),
          concurrency: SINGLE_THREAD,
        })
      : null;
    const articulation = await executor.read((run) =>
      run("CALL gds.articulationPoints.stream($name) YIELD nodeId RETURN nodeId ORDER BY nodeId", {
        name,
      }),
    );
    return {
      communities: Int32Array.from(communities),
      pagerank,
      betweenness,
      articulationPoints: articulation.records.map((record) => numberOf(record.get("nodeId"))),
    };
  } finally {
    await executor.read((run) =>
      run("CALL gds.graph.drop($name, false) YIELD graphName RETURN graphName", { name }),
    );
  }
}

/** Each tie once (the smaller index first), and isolated nodes as ties to nothing. */
function tieRows(csr: Csr): (number | null)[][] {
  const rows: (number | null)[][] = [];
  for (let node = 0; node < csr.nodeCount; node++) {
    const start = csr.offsets[node]!;
    const end = csr.offsets[node + 1]!;
    if (start === end) rows.push([node, null, null, null]);
    for (let half = start; half < end; half++) {
      const other = csr.targets[half]!;
      const weight = csr.weights[half]!;
      if (other > node) rows.push([node, other, weight, 1 / weight]);
    }
  }
  return rows;
}

async function perNode(
  run: Run,
  nodeCount: number,
  procedure: string,
  name: string,
  field: string,
  configuration: Record<string, unknown>,
): Promise<Float64Array> {
  // A procedure name cannot be a parameter; it is always one of the constants above.
  const result = await run(`CALL ${procedure}($name, $configuration) YIELD nodeId, ${field}`, {
    name,
    configuration,
  });
  const values = new Float64Array(nodeCount);
  for (const record of result.records)
    values[numberOf(record.get("nodeId"))] = numberOf(record.get(field));
  return values;
}

/** GDS answers ids and community ids as 64-bit integers, scores as floats. */
const numberOf = (value: unknown): number =>
  typeof value === "number" ? value : (value as Integer).toNumber();
