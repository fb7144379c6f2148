/**
 * Whole-analysis benchmark (issues 3 and 14): `crosslink analyze` of a
 * generated world imported into the embedded store, at about 100k and 1M
 * links (quick: about 10k) and, with CROSSLINK_BENCH_10M=1, 10M (a million
 * persons), each run as a user runs it, in a process of its own with Node's
 * default settings. The worlds are the ones import.bench.ts uses (worlds.ts:
 * kept in CROSSLINK_BENCH_WORLDS when set), imported once into
 * CROSSLINK_BENCH_STORES when set (its analyze-PERSONS stores are reused). The
 * command's own phase table gives each phase's time and peak memory (heap in
 * use, RSS); the reload of the store (its "open store" phase) is the
 * baseline. The CPU time (GNU time) and the load average at the start and
 * end are noted beside each run. Aims (issue 14): 1M
 * links under 20 s and 1 GB end to end, 10M under 3 minutes and 8 GB.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Benchmark } from "./types.ts";
import { worldOnce } from "./worlds.ts";

const BIN = fileURLToPath(new URL("../../bin/crosslink.js", import.meta.url));

interface Phase {
  name: string;
  seconds: number;
  heapMB: number;
  rssMB: number;
}

/** `crosslink ARGS` with Node's defaults; its standard output (no progress: stderr is no terminal). */
function crosslink(args: string[]): string {
  return execFileSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    maxBuffer: 16 << 20,
    stdio: ["ignore", "pipe", "inherit"],
  });
}

const TIME = "/usr/bin/time";

/**
 * `crosslink ARGS` under GNU time when it is there, for the CPU seconds the
 * run took (on a shared machine the wall time says how long it waited too).
 */
function timedCrosslink(args: string[]): { output: string; cpu?: number } {
  if (!existsSync(TIME)) return { output: crosslink(args) };
  const run = spawnSync(TIME, ["-f", "cpu %U %S", process.execPath, BIN, ...args], {
    encoding: "utf8",
    maxBuffer: 16 << 20,
  });
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr);
  if (run.status !== 0) throw new Error(`crosslink ${args.join(" ")} failed:\n${run.stderr}`);
  return { output: run.stdout, ...(cpu && { cpu: Number(cpu[1]) + Number(cpu[2]) }) };
}

/** The phase table `crosslink analyze` prints after its summary. */
export function phasesOf(output: string): { seconds: number; rssMB: number; phases: Phase[] } {
  const head = /phases \(([\d.]+) s, peak heap used (\d+) MB, peak RSS (\d+) MB\)/.exec(output);
  if (!head) throw new Error(`no phase table in the output of crosslink analyze:\n${output}`);
  const phases: Phase[] = [];
  for (const line of output.slice(head.index).split("\n").slice(1)) {
    const cells = line.split(/\s{2,}/).map((cell) => cell.trim());
    if (cells.length !== 4 || !/^[\d.]+$/.test(cells[1]!)) continue;
    const [name, seconds, heap, rss] = cells as [string, string, string, string];
    phases.push({ name, seconds: Number(seconds), heapMB: Number(heap), rssMB: Number(rss) });
  }
  return { seconds: Number(head[1]), rssMB: Number(head[3]), phases };
}

const benchmark: Benchmark = {
  name: "analyze",
  async run(context) {
    const worlds =
      context.scale === "quick"
        ? [{ persons: 1_000, label: "world ~10k links" }]
        : [
            { persons: 10_000, label: "world ~100k links" },
            { persons: 100_000, label: "world ~1M links" },
            ...(process.env.CROSSLINK_BENCH_10M === "1"
              ? [{ persons: 1_000_000, label: "world ~10M links" }]
              : []),
          ];
    for (const { persons, label } of worlds) {
      const { dataset } = await worldOnce(persons, context.workDir, context.log);
      // CROSSLINK_BENCH_STORES: a folder whose analyze-PERSONS stores are kept (the 10M import takes 13 minutes).
      const dataDir = join(
        process.env.CROSSLINK_BENCH_STORES ?? context.workDir,
        `analyze-${persons}`,
      );
      if (!existsSync(join(dataDir, "crosslink-store.ndjson"))) {
        context.log(`importing ${label}`);
        crosslink(["import", dataset, "--data-dir", dataDir]);
      }
      context.log(`analysing ${label}`);
      const loadBefore = loadavg()[0]!.toFixed(1);
      const { output, cpu } = timedCrosslink(["analyze", "--data-dir", dataDir, "--seed", "1"]);
      const run = phasesOf(output);
      const reload = run.phases.find((phase) => phase.name === "open store");
      const summary =
        /^(\d+) persons, \d+ organisations, (\d+) ties from (\d+) links; (\d+) communities, modularity ([\d.]+)/m.exec(
          output,
        );
      context.record({
        operation: "analyze (store, end to end)",
        input: summary ? `${label} (${summary[3]} links, ${summary[2]} ties)` : label,
        value: run.seconds,
        unit: "s",
        ...(reload && { baseline: { name: "reload the store", value: reload.seconds } }),
        note:
          `peak RSS ${run.rssMB} MB, ` +
          (cpu === undefined ? "" : `CPU ${cpu.toFixed(1)} s, `) +
          `load ${loadBefore} at the start, ${loadavg()[0]!.toFixed(1)} at the end; ` +
          (summary ? `${summary[1]} persons, ${summary[4]} communities, Q ${summary[5]}; ` : "") +
          `phases: ${run.phases.map((p) => `${p.name} ${p.seconds.toFixed(1)} s ${p.rssMB} MB`).join(", ")}`,
      });
    }
  },
};

export default benchmark;
