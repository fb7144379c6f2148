/**
 * Whole-analysis benchmark (issue 3): `analyze` of a generated world, from
 * the entity graph to the serialised Analysis, at about 100k and 1M links
 * (quick: about 10k). Each world runs in its own process so that its peak RSS
 * is its own; the load (validate + entity graph) is timed apart and serves as
 * the baseline. Aims (docs/PERFORMANCE.md): 1M links under 30 s and 1.5 GB.
 *
 * Run as a child: `analyze.bench.ts DATASET` prints the figures as JSON.
 */
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { analyze } from "../../engine/analytics/index.ts";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { runChild } from "./child-process.ts";
import type { Benchmark } from "./types.ts";
import { generatedWorlds } from "./worlds.ts";

const self = fileURLToPath(import.meta.url);

interface ChildResult {
  loadSeconds: number;
  analyzeSeconds: number;
  serializeSeconds: number;
  loadedMB: number;
  peakMB: number;
  links: number;
  ties: number;
  persons: number;
  communities: number;
  modularity: number;
  betweenness: string;
  jsonMB: number;
}

async function child(dataset: string): Promise<ChildResult> {
  let started = performance.now();
  const graph = toEntityGraph(await loadDataset(dataset));
  const loadSeconds = (performance.now() - started) / 1000;
  const loadedMB = process.memoryUsage().rss / 2 ** 20;
  started = performance.now();
  const analysis = analyze(graph, { seed: 1 });
  const analyzeSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const json = JSON.stringify(analysis);
  const serializeSeconds = (performance.now() - started) / 1000;
  return {
    loadSeconds,
    analyzeSeconds,
    serializeSeconds,
    loadedMB,
    peakMB: process.resourceUsage().maxRSS / 1024,
    links: analysis.summary.links,
    ties: analysis.summary.ties,
    persons: analysis.summary.persons,
    communities: analysis.summary.communities,
    modularity: analysis.summary.modularity,
    betweenness: `${analysis.parameters.betweenness.method}${analysis.parameters.betweenness.samples ? ` (${analysis.parameters.betweenness.samples} pivots)` : ""}`,
    jsonMB: json.length / 2 ** 20,
  };
}

const benchmark: Benchmark = {
  name: "analyze",
  async run(context) {
    for await (const { dataset, label } of generatedWorlds(context)) {
      context.log(`analysing ${label}`);
      const result = runChild<ChildResult>(self, [dataset]);
      const input = `${label} (${result.links} links, ${result.ties} ties)`;
      context.record({
        operation: "analyze (whole)",
        input,
        value: result.analyzeSeconds,
        unit: "s",
        baseline: { name: "load dataset", value: result.loadSeconds },
        note:
          `peak ${Math.round(result.peakMB)} MB (${Math.round(result.loadedMB)} MB after load); ` +
          `${result.persons} persons, ${result.communities} communities, Q ${result.modularity}; ` +
          `betweenness ${result.betweenness}; JSON ${result.jsonMB.toFixed(1)} MB in ${result.serializeSeconds.toFixed(2)} s`,
      });
    }
  },
};

export default benchmark;

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  console.log(JSON.stringify(await child(process.argv[2]!)));
}
