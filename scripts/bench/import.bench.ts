/**
 * Import benchmark (issue 2): validate + build + persist a generated world, and
 * reload it from the data folder, each in its own process for a clean peak RSS.
 * Baseline: parsing the same files with the same CSV reader and nothing else.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateWorld } from "../../fixtures/generator/index.ts";
import { runChild } from "./child-process.ts";
import type { Benchmark } from "./types.ts";

const child = fileURLToPath(new URL("./import-child.ts", import.meta.url));

interface ChildResult {
  seconds: number;
  peakMB: number;
  links?: number;
  entities?: number;
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
            { persons: PERSONS_FOR_1M_LINKS, label: "world ~1M links" },
          ];
    for (const world of worlds) {
      const dataset = join(workDir, `world-${world.persons}`);
      log(`generating ${world.persons} persons`);
      const summary = await generateWorld({ persons: world.persons, seed: 1, out: dataset });
      const input = `${world.label} (${summary.links} links)`;
      const dataDir = join(workDir, `data-${world.persons}`);
      const parse = step("parse", dataset, dataDir);
      const imported = step("import", dataset, dataDir);
      record({
        operation: "import + persist",
        input,
        value: imported.seconds,
        unit: "s",
        baseline: { name: "CSV parse only", value: parse.seconds },
        note: `peak ${Math.round(imported.peakMB)} MB`,
      });
      const reload = step("reload", dataset, dataDir);
      if (reload.links !== imported.links)
        throw new Error(`reload found ${reload.links} links, imported ${imported.links}`);
      record({
        operation: "reload",
        input,
        value: reload.seconds,
        unit: "s",
        note: `peak ${Math.round(reload.peakMB)} MB`,
      });
    }
  },
};

/** Persons the generator needs for about 1M links (its documented ratio). */
const PERSONS_FOR_1M_LINKS = 100_000;

export default benchmark;
