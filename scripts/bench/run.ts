/**
 * `npm run bench [-- --quick] [-- NAME...]`: runs every scripts/bench/*.bench.ts
 * (or the named ones) and writes bench-results/results.json and results.md.
 */
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Benchmark, BenchRow } from "./types.ts";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const scale = args.includes("--quick") ? "quick" : "full";
const wanted = args.filter((arg) => !arg.startsWith("--"));

const files = (await readdir(here)).filter((file) => file.endsWith(".bench.ts")).sort();
type ResultRow = BenchRow & { benchmark: string; date: string; scale: string };
const rows: ResultRow[] = [];
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, "");
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const benchmark = (await import(pathToFileURL(join(here, file)).href)).default as Benchmark;
  const workDir = await mkdtemp(join(tmpdir(), `crosslink-bench-${name}-`));
  process.stderr.write(`\n== ${benchmark.name} (${scale})\n`);
  try {
    await benchmark.run({
      scale,
      workDir,
      record: (row) => {
        rows.push({ benchmark: benchmark.name, date: new Date().toISOString(), scale, ...row });
        process.stderr.write(`   ${formatRow(row)}\n`);
      },
      log: (message) => process.stderr.write(`   ${message}\n`),
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

// An earlier row is kept unless this run measured the same benchmark,
// operation and input again: running one benchmark, or one world of it
// (CROSSLINK_BENCH_ONLY), never erases the figures of the others.
const outDir = join(here, "..", "..", "bench-results");
await mkdir(outDir, { recursive: true });
const resultsFile = join(outDir, "results.json");
const earlier = await readFile(resultsFile, "utf8")
  .then((text) => (JSON.parse(text) as { rows: ResultRow[] }).rows)
  .catch(() => [] as ResultRow[]);
const measured = new Set(rows.map(rowKey));
const allRows = [...earlier.filter((row) => !measured.has(rowKey(row))), ...rows].sort((a, b) =>
  a.benchmark.localeCompare(b.benchmark),
);
await writeFile(
  resultsFile,
  JSON.stringify({ node: process.version, rows: allRows }, null, 2) + "\n",
);
const table = [
  `Benchmarks (Node ${process.version}); each row dated; ratio = baseline / ours`,
  "",
  "| benchmark | operation | input | value | baseline | ratio | note | date |",
  "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ...allRows.map(
    (row) =>
      `| ${row.benchmark} | ${row.operation} | ${row.input} | ${round(row.value)} ${row.unit} | ` +
      `${row.baseline ? `${row.baseline.name} ${round(row.baseline.value)} ${row.unit}` : ""} | ` +
      `${row.baseline ? `${round(row.baseline.value / row.value)}x` : ""} | ${row.note ?? ""} | ` +
      `${(row.date ?? "").slice(0, 16)} ${row.scale ?? ""} |`,
  ),
].join("\n");
await writeFile(join(outDir, "results.md"), table + "\n");
console.log(table);

function rowKey(row: ResultRow): string {
  return JSON.stringify([row.benchmark, row.operation, row.input]);
}

function formatRow(row: BenchRow): string {
  const base = row.baseline ? ` (${row.baseline.name} ${round(row.baseline.value)})` : "";
  return `${row.operation} ${row.input}: ${round(row.value)} ${row.unit}${base}${row.note ? ` ${row.note}` : ""}`;
}

function round(value: number): string {
  return Number(value.toPrecision(4)).toString();
}
