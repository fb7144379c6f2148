/**
 * No silent stretch (issue 12, item 8): the longest time the progress a
 * user sees stands still while `crosslink import`, `analyze` and `export`
 * run on generated worlds of about 265k and 1M links (quick: about 20k).
 * Each command runs as the user runs it, with CROSSLINK_PROGRESS=lines; the
 * gaps are timed here, between the lines as they arrive, and the longest is
 * recorded with the lines on either side of it. The gap before the first
 * line (the process starting) is reported apart.
 *
 * Alone: `node bin/run-ts.js scripts/bench/progress.bench.ts ARGS...` runs
 * `crosslink ARGS...` and prints its gaps.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateWorld } from "../../fixtures/generator/index.ts";
import type { Benchmark } from "./types.ts";

const BIN = fileURLToPath(new URL("../../bin/crosslink.js", import.meta.url));

export interface Gaps {
  /** From the process's start to its first progress line. */
  startSeconds: number;
  /** The longest time between two progress lines, and the lines around it. */
  longestSeconds: number;
  before: string;
  after: string;
  /** Every stretch over a second, longest first. */
  overASecond: { seconds: number; before: string; after: string }[];
  lines: number;
  totalSeconds: number;
  code: number | null;
}

/** Runs `crosslink ...args` with progress as lines and times the gaps between them. */
export async function progressGaps(args: string[]): Promise<Gaps> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, CROSSLINK_PROGRESS: "lines" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const gaps: Gaps = {
    startSeconds: 0,
    longestSeconds: 0,
    before: "",
    after: "",
    overASecond: [],
    lines: 0,
    totalSeconds: 0,
    code: null,
  };
  let last = started;
  let previous = "(start)";
  for await (const line of createInterface({ input: child.stderr })) {
    const now = performance.now();
    const gap = (now - last) / 1000;
    if (gaps.lines === 0) gaps.startSeconds = gap;
    else {
      if (gap > gaps.longestSeconds) {
        Object.assign(gaps, { longestSeconds: gap, before: previous, after: line });
      }
      if (gap > 1) gaps.overASecond.push({ seconds: gap, before: previous, after: line });
    }
    gaps.lines++;
    last = now;
    previous = line;
  }
  gaps.overASecond.sort((x, y) => y.seconds - x.seconds);
  gaps.code = await new Promise((resolve) => child.on("close", resolve));
  gaps.totalSeconds = (performance.now() - started) / 1000;
  return gaps;
}

const benchmark: Benchmark = {
  name: "progress",
  async run({ scale, workDir, record, log }) {
    const worlds =
      scale === "quick"
        ? [{ persons: 2_000, label: "world ~20k links" }]
        : [
            { persons: 24_000, label: "world ~265k links" },
            { persons: 92_000, label: "world ~1M links" },
          ];
    for (const { persons, label } of worlds) {
      const dataset = join(workDir, `world-${persons}`);
      const dataDir = join(workDir, `data-${persons}`);
      log(`generating ${persons} persons`);
      await generateWorld({ persons, seed: 3, out: dataset });
      const commands: [string, string[]][] = [
        ["import", ["import", dataset, "--data-dir", dataDir]],
        ["analyze", ["analyze", "--data-dir", dataDir]],
        [
          "export --network",
          [
            "export",
            "--network",
            "--format",
            "gexf",
            "--out",
            join(workDir, `n-${persons}.gexf`),
            "--data-dir",
            dataDir,
          ],
        ],
        [
          "export --top 3",
          [
            "export",
            "--top",
            "3",
            "--format",
            "json,csv",
            "--out",
            join(workDir, `p-${persons}`),
            "--data-dir",
            dataDir,
          ],
        ],
      ];
      for (const [name, args] of commands) {
        const gaps = await progressGaps(args);
        if (gaps.code !== 0) throw new Error(`crosslink ${args.join(" ")} exited ${gaps.code}`);
        record({
          operation: `longest stretch without progress: ${name}`,
          input: label,
          value: gaps.longestSeconds,
          unit: "s",
          note: `between "${gaps.before}" and "${gaps.after}"; ${gaps.lines} lines in ${gaps.totalSeconds.toFixed(1)} s, first after ${gaps.startSeconds.toFixed(2)} s`,
        });
      }
    }
  },
};

export default benchmark;

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  console.log(JSON.stringify(await progressGaps(process.argv.slice(2)), null, 2));
}
