/**
 * The viewer's renderer in headless Chromium (Debian's package): time to the
 * first drawn frame and frames per second during a scripted pan and zoom, on
 * synthetic clustered graphs of 1k, 10k and 50k nodes (average degree 10)
 * with positions precomputed, served as static files beside the built bench
 * page (viewer/bench/). Aim: under 2 s and at least 30 fps at 10k nodes and
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
import { chromiumPath, launchChromium } from "../../viewer/test/chromium.ts";
import type { BenchContext, Benchmark } from "./types.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SEED = 20240601;
const DEGREE = 10;
const CLUSTER = 100;
const PAN_MS = 4_000;

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
    for (const nodes of SIZES[context.scale]) {
      await writeFile(join(site, `graph-${nodes}.json`), JSON.stringify(clusteredGraph(nodes)));
    }
    const server = await serve(site);
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const browser = await launchChromium({ width: 1280, height: 800 });
    try {
      for (const nodes of SIZES[context.scale]) {
        const page = await browser.newPage();
        await page.goto(`http://127.0.0.1:${port}/bench/index.html?graph=/graph-${nodes}.json`);
        await page.waitForSelector("body[data-ready=true]", { timeout: 120_000 });
        const result = await page.evaluate(
          () =>
            (window as unknown as { __bench: { result: { edges: number; firstFrameMs: number } } })
              .__bench.result,
        );
        const fps = await page.evaluate(
          (ms) =>
            (window as unknown as { __bench: { pan(ms: number): Promise<number> } }).__bench.pan(
              ms,
            ),
          PAN_MS,
        );
        const input = `${nodes / 1000}k nodes, ${Math.round(result.edges / 1000)}k edges`;
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
