/**
 * The generated worlds the whole-pipeline benchmarks share: about 100k and
 * 1M links (the generator writes about 10 links per person), or about 10k
 * for a quick run, each generated into the work folder with seed 1.
 */
import { join } from "node:path";
import { generateWorld } from "../../fixtures/generator/index.ts";
import type { BenchContext } from "./types.ts";

export interface GeneratedWorld {
  dataset: string;
  label: string;
}

export async function* generatedWorlds({
  scale,
  workDir,
  log,
}: Pick<BenchContext, "scale" | "workDir" | "log">): AsyncGenerator<GeneratedWorld> {
  const worlds =
    scale === "quick"
      ? [{ persons: 1_000, label: "world ~10k links" }]
      : [
          { persons: 10_000, label: "world ~100k links" },
          { persons: 100_000, label: "world ~1M links" },
        ];
  for (const { persons, label } of worlds) {
    const dataset = join(workDir, `world-${persons}`);
    log(`generating ${persons} persons`);
    await generateWorld({ persons, seed: 1, out: dataset });
    yield { dataset, label };
  }
}
