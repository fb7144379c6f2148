/**
 * The generated worlds the whole-pipeline benchmarks share: about 100k and
 * 1M links (the generator writes about 10 links per person), or about 10k
 * for a quick run, each generated into the work folder with seed 1.
 */
import { readFile, writeFile } from "node:fs/promises";
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

/**
 * The world of `persons` persons (seed 1) in `folder`, generated once and
 * reused: with CROSSLINK_BENCH_WORLDS set, `folder` is that folder, kept
 * between runs (the 10M-link world takes minutes to generate); otherwise
 * `workDir`. A world counts as there once its summary, written last, is.
 */
export async function worldOnce(
  persons: number,
  workDir: string,
  log: (message: string) => void,
): Promise<{ dataset: string; links: number }> {
  const dataset = join(process.env.CROSSLINK_BENCH_WORLDS ?? workDir, `world-${persons}`);
  const summaryFile = `${dataset}.summary.json`;
  const kept = await readFile(summaryFile, "utf8").catch(() => undefined);
  if (kept !== undefined) return { dataset, links: (JSON.parse(kept) as { links: number }).links };
  log(`generating ${persons} persons into ${dataset}`);
  const { links } = await generateWorld({ persons, seed: 1, out: dataset });
  await writeFile(summaryFile, JSON.stringify({ links }) + "\n");
  return { dataset, links };
}
