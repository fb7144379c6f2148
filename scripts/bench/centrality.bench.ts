/**
 * Centrality on seeded random graphs with planted clusters (average degree 8),
 * side by side with igraph on the same edge list in the same run: PageRank,
 * exact betweenness at 100k edges, and sampled betweenness with its top-1% and
 * top-20 agreement against exact (at 1M edges, where exact takes hours,
 * against a sample twice as large). Then, on the person network of the
 * generated world of about 1M links (quick: 10k), what the analysis's pivot
 * counts give: 64 pivots (its default since 8 December) and 256 (its former
 * default), seeds 1 and 2, against 1,024 pivots of another seed.
 */
import { join } from "node:path";
import { csrFromEdges, type Csr, type WeightedEdge } from "../../engine/analytics/csr.ts";
import { createRng } from "../../engine/analytics/random.ts";
import { betweenness } from "../../engine/analytics/centrality/betweenness.ts";
import { pagerank } from "../../engine/analytics/centrality/pagerank.ts";
import { sampledBetweenness } from "../../engine/analytics/centrality/sampled-betweenness.ts";
import { igraphAvailable, runIgraphScript, writeEdgeList } from "./igraph.ts";
import { NETWORK_WORLDS, personNetworkOfWorld } from "./person-network-of-world.ts";
import type { BenchContext, Benchmark } from "./types.ts";

const MIN_CLUSTER = 20;
const MAX_CLUSTER = 500;
/** Share of ties drawn inside a planted cluster. */
const INSIDE = 0.9;
const SEED = 20240601;

interface Scale {
  label: string;
  edges: number;
  exact: boolean;
  pivots: number;
}

const SCALES: Record<BenchContext["scale"], Scale[]> = {
  quick: [{ label: "10k edges", edges: 10_000, exact: true, pivots: 256 }],
  full: [
    { label: "100k edges", edges: 100_000, exact: true, pivots: 1024 },
    { label: "1M edges", edges: 1_000_000, exact: false, pivots: 512 },
  ],
};

/** `CROSSLINK_BENCH_ONLY="1M edges"`: only the inputs named, as in import.bench.ts. */
const only = process.env.CROSSLINK_BENCH_ONLY?.split(",");
const wanted = (label: string): boolean => !only || only.includes(label);

const benchmark: Benchmark = {
  name: "centrality",
  async run(context) {
    const igraph = await igraphAvailable(context.log);
    for (const scale of SCALES[context.scale].filter((scale) => wanted(scale.label))) {
      const csr = plantedClusters(scale.edges, SEED);
      context.log(`${scale.label}: ${csr.nodeCount} nodes, ${csr.edgeCount} edges`);
      const edgeFile = join(context.workDir, `edges-${scale.edges}.txt`);
      await writeEdgeList(csr, edgeFile);
      await benchPageRank(context, scale, csr, igraph ? edgeFile : null);
      await benchBetweenness(context, scale, csr, igraph ? edgeFile : null);
    }
    const world = NETWORK_WORLDS[context.scale];
    if (!wanted(world.label)) return;
    const { csr, size } = await personNetworkOfWorld(world.persons, context);
    benchPivotCounts(context, world.label, csr, size);
  },
};

/** The analysis's pivot counts: CPU seconds, and top-20, top-50 and top-1% agreement with a larger sample. */
function benchPivotCounts(context: BenchContext, input: string, csr: Csr, size: string): void {
  const larger = 1024;
  const reference = sampledBetweenness(csr, { samples: larger, seed: SEED + 1 }).scores;
  const topPercent = Math.max(1, Math.round(csr.nodeCount / 100));
  for (const pivots of [64, 256]) {
    let seconds = Infinity;
    const agreements: string[] = [];
    let bound = 0;
    for (const seed of [1, 2]) {
      const start = process.cpuUsage();
      const sampled = sampledBetweenness(csr, { samples: pivots, seed });
      const used = process.cpuUsage(start);
      seconds = Math.min(seconds, (used.user + used.system) / 1e6);
      bound = sampled.errorBound;
      const share = (k: number) =>
        `${Math.round(topOverlap(sampled.scores, reference, k) * k)}/${k}`;
      agreements.push(
        `seed ${seed}: top-20 ${share(20)}, top-50 ${share(50)}, top-1% ${share(topPercent)}`,
      );
    }
    context.record({
      operation: `betweenness sampled on the person network, ${pivots} pivots (CPU, every thread)`,
      input,
      value: seconds,
      unit: "s",
      note:
        `against ${larger} pivots of another seed, ${agreements.join("; ")}; ` +
        `stated error bound ${bound.toFixed(3)} at 95%; ${size}`,
    });
  }
}
export default benchmark;

async function benchPageRank(
  context: BenchContext,
  scale: Scale,
  csr: Csr,
  edgeFile: string | null,
): Promise<void> {
  const peer = edgeFile ? await runIgraph("pagerank", edgeFile, csr.nodeCount) : null;
  for (const tolerance of [1e-6, 1e-10]) {
    pagerank(csr, { weighted: false, tolerance, maxIterations: 5 });
    let best = Infinity;
    let result = pagerank(csr, { weighted: false, tolerance });
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      result = pagerank(csr, { weighted: false, tolerance });
      best = Math.min(best, (performance.now() - start) / 1000);
    }
    const agreement = peer?.values
      ? `, max abs diff vs igraph ${maxAbsDifference(result.scores, peer.values).toExponential(1)}`
      : "";
    context.record({
      operation: `pagerank (per-node change < ${tolerance})`,
      input: scale.label,
      value: best,
      unit: "s",
      ...(peer ? { baseline: { name: "igraph prpack", value: peer.seconds } } : {}),
      note: `${result.iterations} iterations${agreement}`,
    });
  }
}

async function benchBetweenness(
  context: BenchContext,
  scale: Scale,
  csr: Csr,
  edgeFile: string | null,
): Promise<void> {
  const n = csr.nodeCount;
  let reference: Float64Array;
  let referenceName: string;
  if (scale.exact) {
    const peer = edgeFile ? await runIgraph("betweenness", edgeFile, n) : null;
    const start = performance.now();
    reference = betweenness(csr);
    const seconds = (performance.now() - start) / 1000;
    const pairs = ((n - 1) * (n - 2)) / 2;
    const agreement = peer?.values
      ? `, max abs diff vs igraph ${maxAbsDifference(
          reference,
          peer.values.map((value) => value / pairs),
        ).toExponential(1)} (normalised)`
      : "";
    context.record({
      operation: "betweenness exact",
      input: scale.label,
      value: seconds,
      unit: "s",
      ...(peer ? { baseline: { name: "igraph", value: peer.seconds } } : {}),
      note: `${n} sources${agreement}`,
    });
    referenceName = "exact";
  } else {
    const larger = scale.pivots * 2;
    const start = performance.now();
    reference = sampledBetweenness(csr, { samples: larger, seed: SEED + 1 }).scores;
    context.log(
      `reference sample of ${larger} pivots: ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
    referenceName = `a ${larger}-pivot sample (exact is out of reach)`;
  }
  // Plain Brandes–Pich pivots beside the default linear scaling, where exact values exist to judge them.
  for (const linearScaling of scale.exact ? [true, false] : [true]) {
    recordSample(context, scale, csr, reference, referenceName, linearScaling);
  }
}

function recordSample(
  context: BenchContext,
  scale: Scale,
  csr: Csr,
  reference: Float64Array,
  referenceName: string,
  linearScaling: boolean,
): void {
  const start = performance.now();
  const sampled = sampledBetweenness(csr, { samples: scale.pivots, seed: SEED, linearScaling });
  const seconds = (performance.now() - start) / 1000;
  const topPercent = Math.max(1, Math.round(csr.nodeCount / 100));
  context.record({
    operation: `betweenness sampled, ${scale.pivots} pivots, ${linearScaling ? "linear scaling" : "plain"}`,
    input: scale.label,
    value: seconds,
    unit: "s",
    note:
      `top-1% agreement ${topOverlap(sampled.scores, reference, topPercent).toFixed(3)}, ` +
      `top-20 ${topOverlap(sampled.scores, reference, 20).toFixed(2)} against ${referenceName}; ` +
      `stated error bound ${sampled.errorBound.toFixed(3)} at 95%, ` +
      `observed max error ${maxAbsDifference(sampled.scores, reference).toExponential(1)}`,
  });
}

/**
 * Planted clusters with sizes drawn log-uniformly between 20 and 500 (cells
 * and larger rings), n = edges/4 so the average degree is 8, exactly `edgeCount`
 * distinct ties. A tie starts in the cluster of a uniformly drawn node; inside
 * a cluster an end is drawn with density ∝ 1/√rank (a few organisers, many
 * peripheral members), so betweenness has a ranking worth recovering.
 */
function plantedClusters(edgeCount: number, seed: number): Csr {
  const rng = createRng(seed);
  const n = edgeCount / 4;
  const clusterOf = new Uint32Array(n);
  const starts: number[] = [];
  for (let start = 0; start < n;) {
    const size = Math.round(
      Math.exp(Math.log(MIN_CLUSTER) + rng() * Math.log(MAX_CLUSTER / MIN_CLUSTER)),
    );
    starts.push(start);
    clusterOf.fill(starts.length - 1, start, Math.min(n, start + size));
    start += size;
  }
  starts.push(n);
  const member = (cluster: number): number => {
    const start = starts[cluster]!;
    return start + Math.floor((starts[cluster + 1]! - start) * rng() ** 2);
  };
  const seen = new Set<number>();
  const edges: WeightedEdge[] = [];
  while (edges.length < edgeCount) {
    const cluster = clusterOf[Math.floor(rng() * n)]!;
    const u = member(cluster);
    const v = rng() < INSIDE ? member(cluster) : Math.floor(rng() * n);
    const key = Math.min(u, v) * n + Math.max(u, v);
    if (u === v || seen.has(key)) continue;
    seen.add(key);
    edges.push({ source: String(u), target: String(v) });
  }
  return csrFromEdges(
    edges,
    Array.from({ length: n }, (_, i) => String(i)),
  );
}

/** Times only the algorithm inside Python (best of 3 for PageRank, one run for betweenness). */
const IGRAPH_SCRIPT = `
import igraph, json, sys, time
what, path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
g = igraph.Graph.Read_Edgelist(path, directed=False)
if g.vcount() < n:
    g.add_vertices(n - g.vcount())
runs = 3 if what == "pagerank" else 1
best = float("inf")
for _ in range(runs):
    start = time.perf_counter()
    values = g.pagerank(damping=0.85, implementation="prpack") if what == "pagerank" else g.betweenness(directed=False)
    best = min(best, time.perf_counter() - start)
print(json.dumps({"seconds": best, "values": values}))
`;

async function runIgraph(
  what: "pagerank" | "betweenness",
  edgeFile: string,
  n: number,
): Promise<{ seconds: number; values: number[] }> {
  return runIgraphScript(IGRAPH_SCRIPT, [what, edgeFile, String(n)]);
}

/** Share of the reference's top k that the estimate also ranks in its top k. */
function topOverlap(estimate: Float64Array, reference: Float64Array, k: number): number {
  const top = (scores: Float64Array) =>
    Array.from(scores.keys())
      .sort((a, b) => scores[b]! - scores[a]! || a - b)
      .slice(0, k);
  const wanted = new Set(top(reference));
  return top(estimate).filter((i) => wanted.has(i)).length / k;
}

function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}
