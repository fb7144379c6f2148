/**
 * The viewer's renderer in headless Chromium (Debian's package): time to the
 * first drawn frame, frames per second during a scripted pan and zoom, and
 * time to a settled layout (the workspace's seeded ForceAtlas2 for its fixed
 * iterations, from the workspace's own placement), on synthetic clustered
 * graphs of 1k, 10k and 50k nodes (average degree 10) with positions
 * precomputed, and on the overview the API sends for a generated world of
 * 20k persons (community super-nodes), served as static files beside the
 * built bench page (viewer/bench/). Aim: under 2 s and at least 30 fps at 10k nodes and
 * 50k edges. Chromium here draws WebGL in software (SwiftShader): a machine
 * with a GPU does better.
 */
import { createReadStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { loadavg } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { createRng } from "../../engine/analytics/random.ts";
import { UserFile, usersFileOf } from "../../engine/access/index.ts";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { MemoryStore } from "../../engine/store/index.ts";
import { generateWorld } from "../../fixtures/generator/index.ts";
import { buildApp } from "../../server/app.ts";
import { chromiumPath, launchChromium } from "../../viewer/test/chromium.ts";
import type { BenchContext, Benchmark } from "./types.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SEED = 20240601;
const DEGREE = 10;
const CLUSTER = 100;
const PAN_MS = 4_000;
const WORLD_PERSONS = 20_000;

const SIZES: Record<BenchContext["scale"], number[]> = {
  quick: [1_000],
  full: [1_000, 10_000, 50_000],
};

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
};

const benchmark: Benchmark = {
  name: "viewer",
  async run(context) {
    if (!chromiumPath()) {
      context.log("chromium not installed (apt-get install chromium): viewer benchmark skipped");
      return;
    }
    const site = join(context.workDir, "site");
    await build({
      configFile: join(ROOT, "vite.config.ts"),
      logLevel: "warn",
      build: {
        outDir: site,
        emptyOutDir: true,
        rollupOptions: { input: join(ROOT, "viewer", "bench", "index.html") },
      },
    });
    const inputs: { file: string; name: string }[] = [];
    for (const nodes of SIZES[context.scale]) {
      await writeFile(join(site, `graph-${nodes}.json`), JSON.stringify(clusteredGraph(nodes)));
      inputs.push({ file: `graph-${nodes}.json`, name: `${nodes / 1000}k nodes` });
    }
    if (context.scale === "full") {
      context.log(`generating a ${WORLD_PERSONS}-person world and its overview...`);
      const overview = await worldOverview(join(context.workDir, "world"), WORLD_PERSONS);
      await writeFile(join(site, "world.json"), JSON.stringify(overview));
      inputs.push({ file: "world.json", name: `${WORLD_PERSONS / 1000}k-person world overview` });
    }
    const server = await serve(site);
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const browser = await launchChromium({ width: 1280, height: 800 });
    try {
      for (const { file, name } of inputs) {
        const page = await browser.newPage();
        await page.goto(`http://127.0.0.1:${port}/bench/index.html?graph=/${file}`);
        await page.waitForSelector("body[data-ready=true]", { timeout: 600_000 });
        const result = await page.evaluate(
          () =>
            (
              window as unknown as {
                __bench: { result: { nodes: number; edges: number; firstFrameMs: number } };
              }
            ).__bench.result,
        );
        const fps = await page.evaluate(
          (ms) =>
            (window as unknown as { __bench: { pan(ms: number): Promise<number> } }).__bench.pan(
              ms,
            ),
          PAN_MS,
        );
        const input = `${name}: ${result.nodes} nodes, ${result.edges} edges`;
        // Software WebGL is CPU-bound: the load says how much of the machine it had.
        const note = `Chromium, SwiftShader WebGL, load average ${loadavg()[0]!.toFixed(1)}`;
        context.record({
          operation: "first drawn frame",
          input,
          value: result.firstFrameMs / 1000,
          unit: "s",
          note,
        });
        context.record({
          operation: "pan and zoom",
          input,
          value: fps,
          unit: "fps",
          note,
        });
        const settled = await page.evaluate(
          () =>
            (
              window as unknown as {
                __bench: { settle(): Promise<{ ms: number; iterations: number }> };
              }
            ).__bench.settle(),
          undefined,
        );
        context.record({
          operation: "settled layout",
          input,
          value: settled.ms / 1000,
          unit: "s",
          note: `${settled.iterations} ForceAtlas2 iterations; ${note}`,
        });
        await page.close();
      }
    } finally {
      await browser.close();
      server.close();
    }
  },
};
export default benchmark;

/** Clusters of about 100 nodes placed on a disc, 90% of edges inside a cluster. */
function clusteredGraph(order: number) {
  const rng = createRng(SEED + order);
  const clusters = Math.ceil(order / CLUSTER);
  const centres = Array.from({ length: clusters }, (_, i) => {
    const angle = i * 2.399963;
    const radius = 30 * Math.sqrt(i + 1);
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });
  const nodes = Array.from({ length: order }, (_, i) => {
    const [cx, cy] = centres[Math.floor(i / CLUSTER)]!;
    return {
      key: `n${i}`,
      attributes: {
        label: `Node ${i}`,
        type: "person",
        community: Math.floor(i / CLUSTER),
        score: rng() ** 3,
        x: cx! + (rng() - 0.5) * 24,
        y: cy! + (rng() - 0.5) * 24,
      },
    };
  });
  const edges = [];
  for (let e = 0; e < (order * DEGREE) / 2; e++) {
    const a = Math.floor(rng() * order);
    const inside = rng() < 0.9;
    const base = Math.floor(a / CLUSTER) * CLUSTER;
    const b = inside
      ? Math.min(order - 1, base + Math.floor(rng() * CLUSTER))
      : Math.floor(rng() * order);
    if (a !== b)
      edges.push({
        key: `e${e}`,
        source: `n${a}`,
        target: `n${b}`,
        attributes: { type: "tie", weight: 1 },
      });
  }
  return {
    attributes: {},
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}

/** The overview GET /api/overview sends a fully cleared analyst for a generated world. */
async function worldOverview(dir: string, persons: number): Promise<unknown> {
  const out = join(dir, "dataset");
  await generateWorld({ persons, seed: SEED, out });
  const store = await MemoryStore.open(join(dir, "data"));
  await store.importGraph(toEntityGraph(await loadDataset(out)));
  const users = await UserFile.open(usersFileOf(join(dir, "data")));
  const token = await users.add("bench", "analyst", "secret");
  const app = await buildApp({ store, dataDir: join(dir, "data"), rateLimit: false });
  try {
    const response = await app.inject({
      url: "/api/overview",
      headers: { authorization: `Bearer ${token}` },
    });
    return response.json();
  } finally {
    await app.close();
  }
}

function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    if (path.includes("..")) return void response.writeHead(400).end();
    const stream = createReadStream(join(root, path));
    stream.on("error", () => response.writeHead(404).end());
    stream.on("open", () => {
      response.writeHead(200, {
        "content-type": TYPES[extname(path)] ?? "application/octet-stream",
      });
      stream.pipe(response);
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
