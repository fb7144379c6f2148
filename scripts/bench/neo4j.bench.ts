/**
 * Neo4j import benchmark (issue 4): the store's batched import (UNWIND
 * batches of 10k rows, MERGE on constraints) against a naive import of one
 * row per transaction (the same statements, batch size 1) and against the
 * memory store, on generated worlds, on a server of its own.
 *
 * The naive import is timed on a sample of 5k rows and extrapolated to the
 * whole world (rows / its rate), as the notes say: at its rate the full run
 * would take hours. Its sample uses prefixed keys, so it shares the database
 * without touching the batched import's counts.
 */
import { join } from "node:path";
import { generateWorld } from "../../fixtures/generator/index.ts";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { createEntityGraph, type EntityGraph } from "../../engine/model/index.ts";
import { MemoryStore, Neo4jStore } from "../../engine/store/index.ts";
import { startNeo4j } from "../neo4j/server.ts";
import type { Benchmark } from "./types.ts";

const NAIVE_SAMPLE_ROWS = 5_000;
/** About 10 links per generated person (fixtures/generator/README.md). */
const worlds = {
  quick: [{ persons: 1_000, label: "10k links" }],
  full: [
    { persons: 10_000, label: "100k links" },
    { persons: 100_000, label: "1M links" },
  ],
};

/** The first links and their ends, keys prefixed, about `rows` rows in all. */
function sample(graph: EntityGraph, rows: number): EntityGraph {
  const part = createEntityGraph();
  const prefix = "naive:";
  for (const edge of graph.edges()) {
    if (part.order + part.size >= rows) break;
    const [source, target] = graph.extremities(edge);
    for (const node of [source, target]) {
      if (!part.hasNode(prefix + node)) part.addNode(prefix + node, graph.getNodeAttributes(node));
    }
    part.addDirectedEdgeWithKey(
      prefix + edge,
      prefix + source,
      prefix + target,
      graph.getEdgeAttributes(edge),
    );
  }
  return part;
}

async function seconds<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

const benchmark: Benchmark = {
  name: "neo4j",
  async run({ scale, workDir, record, log }) {
    for (const world of worlds[scale]) {
      const dataset = join(workDir, `world-${world.persons}`);
      log(`generating ${world.persons} persons`);
      await generateWorld({ persons: world.persons, seed: 1, out: dataset });
      const graph = toEntityGraph(await loadDataset(dataset));
      // A server (and an empty store) per world: worlds of one seed reuse ids
      // and link keys with other ends, which a shared store would refuse.
      // The 1M-link store (about 1.5 GB with its indexes) fits in the page
      // cache, which Neo4j fills on demand, so the smaller worlds do not pay for it.
      log("starting Neo4j");
      const server = await startNeo4j({ heap: "1g", pageCache: "2g" });
      try {
        // The MERGE path, as this benchmark has always measured it (neo4j-import.bench.ts compares the bulk path).
        const store = await Neo4jStore.connect(server, { bulk: false });
        const rows = graph.order + graph.size;
        const input = `world ${world.label} (${graph.size} links, ${graph.order} entities)`;

        log("naive import of a sample, one row per transaction");
        const naiveGraph = sample(graph, NAIVE_SAMPLE_ROWS);
        const naiveStore = await Neo4jStore.connect(server, { batchSize: 1 });
        const [, naiveSeconds] = await seconds(() => naiveStore.importGraph(naiveGraph));
        await naiveStore.close();
        const naiveRate = (naiveGraph.order + naiveGraph.size) / naiveSeconds;

        log("memory store import");
        const memory = await MemoryStore.open(join(workDir, `memory-${world.persons}`));
        // Its own copy: an empty memory store adopts the graph it is given.
        const memoryGraph = toEntityGraph(await loadDataset(dataset));
        const [, memorySeconds] = await seconds(() => memory.importGraph(memoryGraph));

        log("batched Neo4j import");
        const [summary, batchedSeconds] = await seconds(() => store.importGraph(graph));
        if (summary.linksCreated !== graph.size) {
          throw new Error(`neo4j bench: ${summary.linksCreated} of ${graph.size} links created`);
        }
        const linkRate = Math.round(graph.size / batchedSeconds);
        record({
          operation: "neo4j import, UNWIND batches of 10k",
          input,
          value: batchedSeconds,
          unit: "s",
          baseline: { name: "one row per transaction (extrapolated)", value: rows / naiveRate },
          note: `${linkRate} links/s, ${Math.round(rows / batchedSeconds)} rows/s; naive ${Math.round(naiveRate)} rows/s on a ${naiveGraph.order + naiveGraph.size}-row sample`,
        });
        record({
          operation: "neo4j import vs memory store import + persist",
          input,
          value: batchedSeconds,
          unit: "s",
          baseline: { name: "memory store", value: memorySeconds },
        });
        const [reimport, reimportSeconds] = await seconds(() => store.importGraph(graph));
        record({
          operation: "neo4j re-import (all MERGE matches)",
          input,
          value: reimportSeconds,
          unit: "s",
          note: `${reimport.entitiesCreated + reimport.linksCreated} created`,
        });
        const [, readSeconds] = await seconds(() => store.loadGraph());
        record({
          operation: "neo4j loadGraph (pages of 10k)",
          input,
          value: readSeconds,
          unit: "s",
        });
        await store.close();
      } finally {
        await server.stop();
      }
    }
  },
};

export default benchmark;
