/**
 * The embedded store from 100k to 10M links (issue 14): import, unchanged
 * re-import, reload, the whole graphology graph, and analyze from the store,
 * each in its own process with Node's default settings (no heap flag) for a
 * clean peak RSS. Baseline: parsing the same files with the same CSV reader
 * and nothing else. The 10M-link world (a million persons) runs only with
 * CROSSLINK_BENCH_10M=1: generating it alone takes minutes, so
 * CROSSLINK_BENCH_WORLDS can name a folder where the worlds are kept and
 * reused (worlds.ts); `CROSSLINK_BENCH_ONLY="world 100k persons"` runs only
 * the worlds named. At 10M the bench stops after the reload, which keeps
 * the run to about 20 minutes: the 10M analysis is the analyze bench's row
 * (CROSSLINK_BENCH_10M=1 there too), and the whole graphology graph is not
 * measured at 10M. Each run's load average and CPU time are noted beside its
 * figures: on a shared machine the wall time is several times the CPU time.
 */
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runChild } from "./child-process.ts";
import type { Benchmark } from "./types.ts";
import { worldOnce } from "./worlds.ts";

const child = fileURLToPath(new URL("./import-child.ts", import.meta.url));
const only = process.env.CROSSLINK_BENCH_ONLY?.split(",");

interface ChildResult {
  seconds: number;
  /** User and system CPU seconds of the step's process. */
  cpuSeconds: number;
  peakMB: number;
  links?: number;
  entities?: number;
  entitiesCreated?: number;
  linksCreated?: number;
  persons?: number;
  ties?: number;
  modularity?: number;
}

function step(mode: string, dataset: string, dataDir: string): ChildResult {
  return runChild<ChildResult>(child, [mode, dataset, dataDir]);
}

const benchmark: Benchmark = {
  name: "import",
  async run({ scale, workDir, record, log }) {
    const worlds =
      scale === "quick"
        ? [{ persons: 1_000, label: "world 1k persons" }]
        : [
            { persons: 10_000, label: "world 10k persons" },
            { persons: 100_000, label: "world 100k persons" },
            ...(process.env.CROSSLINK_BENCH_10M === "1"
              ? [{ persons: 1_000_000, label: "world 1M persons", importOnly: true }]
              : []),
          ];
    for (const world of worlds.filter((each) => only?.includes(each.label) ?? true)) {
      const { dataset, links } = await worldOnce(world.persons, workDir, log);
      const input = `${world.label} (${links} links)`;
      const dataDir = join(workDir, `data-${world.persons}`);
      const measured = (operation: string, mode: string, baseline?: ChildResult) => {
        log(`${operation}: ${world.label}`);
        const result = step(mode, dataset, dataDir);
        record({
          operation,
          input,
          value: result.seconds,
          unit: "s",
          ...(baseline && { baseline: { name: "CSV parse only", value: baseline.seconds } }),
          note:
            `peak ${Math.round(result.peakMB)} MB, CPU ${result.cpuSeconds.toFixed(1)} s, load ${loadavg()[0]!.toFixed(1)}` +
            (result.modularity !== undefined
              ? `; ${result.persons} persons, ${result.ties} ties, Q ${result.modularity}`
              : ""),
        });
        return result;
      };
      const parse = step("parse", dataset, dataDir);
      const imported = measured("import + persist", "import", parse);
      const again = measured("re-import, unchanged", "import", parse);
      if (again.entitiesCreated !== 0 || again.linksCreated !== 0)
        throw new Error(`the unchanged re-import created records: ${JSON.stringify(again)}`);
      const reload = measured("reload (columns)", "reload");
      if (reload.links !== imported.links)
        throw new Error(`reload found ${reload.links} links, imported ${imported.links}`);
      if ("importOnly" in world) continue;
      measured("reload + graphology graph", "graph");
      measured("analyze from the store (+ write)", "analyze");
    }
  },
};

export default benchmark;
