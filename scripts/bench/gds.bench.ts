/**
 * Graph Data Science in Neo4j against the in-process engine (issue 14,
 * item 5), on the same person network: that of a generated world of about
 * 100k and 1M links, built here and projected into GDS by node number
 * (engine/store/neo4j/gds.ts). Both find communities (Louvain), PageRank and
 * articulation points; betweenness is left out, since at these sizes GDS
 * would sample it without a stated bound. Recorded: the time of each (GDS's
 * includes the projection and reading the results back), the modularity of
 * each partition by the same function, and how many of the top 50 by
 * PageRank the two share.
 */
import { performance } from "node:perf_hooks";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { personNetwork } from "../../engine/analytics/network/person-network.ts";
import { louvain } from "../../engine/analytics/communities/louvain.ts";
import { modularity } from "../../engine/analytics/communities/modularity.ts";
import { normalizedMutualInformation } from "../../engine/analytics/communities/nmi.ts";
import { pagerank } from "../../engine/analytics/centrality/pagerank.ts";
import { cutPoints } from "../../engine/analytics/centrality/cut-points.ts";
import { Neo4jStore } from "../../engine/store/index.ts";
import { startNeo4j } from "../neo4j/server.ts";
import { generatedWorlds } from "./worlds.ts";
import type { Benchmark } from "./types.ts";

const TOP = 50;
/** `CROSSLINK_BENCH_ONLY="world ~100k links"`: only the worlds named, as in neo4j-import.bench.ts. */
const only = process.env.CROSSLINK_BENCH_ONLY?.split(",");

function top(scores: Float64Array, count: number): Set<number> {
  const order = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]! || a - b);
  return new Set(order.slice(0, count));
}

const benchmark: Benchmark = {
  name: "gds",
  async run(context) {
    const server = await startNeo4j({ heap: "2g", pageCache: "256m" });
    try {
      const store = await Neo4jStore.connect(server);
      try {
        let left = only?.length ?? Infinity;
        for await (const world of generatedWorlds(context)) {
          if (left === 0) break;
          if (only && !only.includes(world.label)) continue;
          left--;
          const { csr } = personNetwork(toEntityGraph(await loadDataset(world.dataset)));
          const input = `${world.label}: person network ${csr.nodeCount} persons, ${csr.edgeCount} ties`;
          context.log(input);
          // Warm-up of both on the same network: a cold JVM and a cold V8 each run slower.
          await store.gdsAnalytics(csr, { betweenness: false });
          louvain(csr, { seed: 1 });

          let started = performance.now();
          const ours = {
            communities: louvain(csr, { seed: 1 }).communities,
            pagerank: pagerank(csr).scores,
            cuts: cutPoints(csr).articulationPoints,
          };
          const oursSeconds = (performance.now() - started) / 1000;
          started = performance.now();
          const gds = await store.gdsAnalytics(csr, { betweenness: false });
          const gdsSeconds = (performance.now() - started) / 1000;

          const gdsTop = top(gds.pagerank, TOP);
          const shared = [...top(ours.pagerank, TOP)].filter((node) => gdsTop.has(node)).length;
          context.record({
            operation: "Louvain + PageRank + articulation points: in process vs GDS in Neo4j",
            input,
            value: oursSeconds,
            unit: "s",
            baseline: { name: "GDS (projection and read-back included)", value: gdsSeconds },
            note:
              `modularity ${modularity(csr, ours.communities).toFixed(4)} vs GDS ` +
              `${modularity(csr, gds.communities).toFixed(4)}; NMI between the partitions ` +
              `${normalizedMutualInformation(ours.communities, gds.communities).toFixed(3)}; ` +
              `top ${TOP} by PageRank shared ${shared}; articulation points ` +
              `${ours.cuts.length} vs ${gds.articulationPoints.length}`,
          });
        }
      } finally {
        await store.close();
      }
    } finally {
      await server.stop();
    }
  },
};

export default benchmark;
