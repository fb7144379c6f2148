/**
 * Algorithms on the person network of generated worlds (seed 3) of about
 * 100k and 1M links (quick: about 20k), where the analysis runs them:
 * - brokerage for the analysis's two groupings (communities and crime
 *   types) with the triangles listed once for both, against one listing per
 *   grouping as before (issue 14, item 3); both warmed up, then the best
 *   of three runs in turn;
 * - Louvain with Leiden refinement against igraph's Leiden and Louvain on
 *   the same weighted ties in the same run (communities.bench.ts's timing:
 *   warm-up, best of seeds 1–3, mean modularity).
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { generateWorld } from "../../fixtures/generator/index.ts";
import {
  directCrimes,
  gouldFernandez,
  gouldFernandezByGrouping,
  louvain,
  personNetwork,
  primaryCrimeGroups,
} from "../../engine/analytics/index.ts";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { runIgraph, timeBest, type Timing } from "./communities.bench.ts";
import { igraphAvailable } from "./igraph.ts";
import type { Benchmark } from "./types.ts";

const benchmark: Benchmark = {
  name: "person-network",
  async run({ scale, workDir, record, log }) {
    const igraph = await igraphAvailable(log);
    const worlds =
      scale === "quick"
        ? [{ persons: 2_000, label: "world ~20k links" }]
        : [
            { persons: 9_200, label: "world ~100k links" },
            { persons: 92_000, label: "world ~1M links" },
          ];
    for (const { persons, label } of worlds) {
      log(`generating ${persons} persons`);
      const world = await generateWorld({ persons, seed: 3, out: join(workDir, `w-${persons}`) });
      const graph = toEntityGraph(await loadDataset(world.out));
      const network = personNetwork(graph);
      const { csr } = network;
      const size = `${csr.nodeCount} actors, ${csr.edgeCount} ties from ${graph.size} links`;
      log(`${label}: ${size}`);
      const communities = louvain(csr, { seed: 1 }).communities;
      const crimes = primaryCrimeGroups(directCrimes(graph, network));

      const [perGrouping = NaN, once = NaN] = bestOfAlternating(
        () => {
          gouldFernandez(csr, communities);
          gouldFernandez(csr, crimes);
        },
        () => gouldFernandezByGrouping(csr, [communities, crimes]),
      );
      record({
        operation: "brokerage for communities and crime types, triangles listed once",
        input: label,
        value: once,
        unit: "s",
        baseline: { name: "listed per grouping", value: perGrouping },
        note: size,
      });

      const ours = timeBest((seed) => {
        const result = louvain(csr, { seed });
        return { modularity: result.modularity, communities: result.count };
      });
      const peers: [string, Timing][] = [];
      if (igraph) {
        const measured = await runIgraph(csr, workDir);
        peers.push(["igraph Leiden", measured.leiden], ["igraph multilevel", measured.multilevel]);
      }
      const rows: ([string, Timing] | undefined)[] = peers.length > 0 ? peers : [undefined];
      for (const peer of rows) {
        record({
          operation: "louvain + Leiden refinement on the person network",
          input: label,
          value: ours.seconds,
          unit: "s",
          ...(peer && { baseline: { name: peer[0], value: peer[1].seconds } }),
          note:
            `Q ours ${ours.modularity.toFixed(4)} (${ours.communities} communities)` +
            (peer ? `; ${peer[0]} ${peer[1].modularity.toFixed(4)} (${peer[1].communities})` : "") +
            `; ${size}`,
        });
      }
    }
  },
};
export default benchmark;

/** Both warmed up once, then run in turn three times: the best time of each, in seconds. */
function bestOfAlternating(...works: (() => void)[]): number[] {
  for (const work of works) work();
  const best = works.map(() => Infinity);
  for (let round = 0; round < 3; round++) {
    works.forEach((work, i) => {
      const start = performance.now();
      work();
      best[i] = Math.min(best[i]!, (performance.now() - start) / 1000);
    });
  }
  return best;
}
