/**
 * API benchmark (issue 5): search, ego network and front-line cross-check
 * under autocannon on loopback, at 50 and 200 connections, on generated
 * worlds of about 100k and 1M links (quick: the demo world, 5 s a run).
 * Records p50, p99, requests per second, errors, the cross-check's p99 per
 * selector, and the server's RSS before and after the load.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon, { type Request } from "autocannon";
import { parse } from "csv-parse/sync";
import { generateWorld } from "../../fixtures/generator/index.ts";
import { UserFile, usersFileOf } from "../../engine/access/index.ts";
import type { Benchmark, BenchContext } from "./types.ts";

const child = fileURLToPath(new URL("./api-server-child.ts", import.meta.url));
const runTs = fileURLToPath(new URL("../../bin/run-ts.js", import.meta.url));
const DEMO = fileURLToPath(new URL("../../fixtures/demo", import.meta.url));
const SELECTORS_PER_CHECK = 10;
const SAMPLES = 500;

interface World {
  label: string;
  dataset: string;
}

const benchmark: Benchmark = {
  name: "api",
  async run(context) {
    const quick = context.scale === "quick";
    const duration = quick ? 5 : 60;
    const worlds: World[] = quick
      ? [{ label: "demo world", dataset: DEMO }]
      : [
          await generated(context, 10_000, "world ~100k links"),
          await generated(context, 100_000, "world ~1M links"),
        ];
    for (const world of worlds) await measure(context, world, duration);
  },
};
export default benchmark;

async function generated(context: BenchContext, persons: number, label: string): Promise<World> {
  const out = join(context.workDir, `world-${persons}`);
  const summary = await generateWorld({ persons, seed: 1, out });
  context.log(`${label}: ${summary.entities} entities, ${summary.links} links`);
  return { label: `${label} (${summary.links} links)`, dataset: out };
}

async function measure(context: BenchContext, world: World, duration: number): Promise<void> {
  const dataDir = join(context.workDir, `data-${world.label.replace(/\W+/g, "-")}`);
  await mkdir(dataDir, { recursive: true });
  const token = await (
    await UserFile.open(usersFileOf(dataDir))
  ).add("bench", "taskforce", "secret");
  const server = await startServer(world.dataset, dataDir);
  try {
    const samples = await sampleSelectors(world.dataset);
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const rssBefore = rssMB(server.process.pid!);
    const loads: Array<[string, () => Request, number]> = [
      [
        "search",
        rotate(
          samples.names.map((name) => ({
            method: "GET",
            path: `/api/search?q=${encodeURIComponent(name)}`,
          })),
        ),
        1,
      ],
      [
        "ego network",
        rotate(
          samples.persons.map((id) => ({
            method: "GET",
            path: `/api/entities/${encodeURIComponent(id)}/network?depth=1&limit=200`,
          })),
        ),
        1,
      ],
      ["cross-check", rotate(crossCheckBodies(samples)), SELECTORS_PER_CHECK],
    ];
    for (const [operation, next, perRequest] of loads) {
      for (const connections of [50, 200]) {
        const result = await autocannon({
          url: `http://127.0.0.1:${server.port}`,
          connections,
          duration,
          headers,
          requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
        });
        const input = `${world.label}, ${connections} conn`;
        const errors = result.errors + result.timeouts + result.non2xx;
        const note = `p50 ${result.latency.p50} ms, ${Math.round(result.requests.average)} req/s, errors ${errors}`;
        context.record({
          operation: `${operation} p99`,
          input,
          value: result.latency.p99,
          unit: "ms",
          note,
        });
        if (perRequest > 1) {
          context.record({
            operation: `${operation} p99 per selector`,
            input,
            value: result.latency.p99 / perRequest,
            unit: "ms",
            note: `${perRequest} selectors a request`,
          });
        }
        context.record({
          operation: `${operation} requests/s`,
          input,
          value: result.requests.average,
          unit: "req/s",
          note: `errors ${errors}`,
        });
      }
    }
    const rssAfter = rssMB(server.process.pid!);
    context.record({
      operation: "server RSS after load",
      input: world.label,
      value: rssAfter,
      unit: "MB",
      note: `before ${rssBefore} MB`,
    });
  } finally {
    server.process.kill("SIGTERM");
  }
}

async function startServer(
  dataset: string,
  dataDir: string,
): Promise<{ process: ChildProcess; port: number }> {
  const server = spawn(process.execPath, [runTs, child, dataset, dataDir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: server.stdout! });
  for await (const line of lines) {
    if (line.startsWith("{"))
      return { process: server, port: (JSON.parse(line) as { port: number }).port };
  }
  throw new Error("api benchmark: the server ended before it was ready");
}

/** Names, phones (rewritten in another form), plates and person ids from the dataset's first rows. */
async function sampleSelectors(dataset: string) {
  const rows = async (file: string) =>
    parse(await readFile(join(dataset, file), "utf8"), {
      columns: true,
      to: SAMPLES + 1,
    }) as Record<string, string>[];
  const persons = await rows("persons.csv");
  return {
    persons: persons.map((row) => row.id!),
    names: persons.map((row) => row.name!),
    // Written differently from the file: 00 for +, spaces every three digits.
    phones: (await rows("phones.csv")).map((row) =>
      row
        .number!.replace(/\D/g, "")
        .replace(/^/, "00")
        .replace(/(\d{3})/g, "$1 "),
    ),
    plates: (await rows("vehicles.csv")).map((row) =>
      row.plate!.toLowerCase().replace(/\s|-/g, ""),
    ),
  };
}

function crossCheckBodies(samples: Awaited<ReturnType<typeof sampleSelectors>>): Request[] {
  const pool = [...samples.phones, ...samples.plates, ...samples.names];
  return Array.from({ length: 200 }, (_, i) => ({
    method: "POST",
    path: "/api/cross-check",
    body: JSON.stringify({
      selectors: Array.from({ length: SELECTORS_PER_CHECK }, (_, k) => ({
        value: pool[(i * 7 + k * 13) % pool.length]!,
      })),
    }),
  }));
}

function rotate<T>(items: T[]): () => T {
  let index = 0;
  return () => items[index++ % items.length]!;
}

function rssMB(pid: number): number {
  return Math.round(
    Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024,
  );
}
