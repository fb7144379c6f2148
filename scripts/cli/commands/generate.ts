/** `crosslink generate`: a seeded synthetic world with its planted ground truth. */
import { generateWorld } from "../../../fixtures/generator/index.ts";
import { withProgress } from "../progress.ts";

export async function run(options: {
  persons: number;
  seed: number;
  out: string;
  unlabelled?: boolean;
}): Promise<void> {
  const summary = await withProgress("generate", (bar) =>
    generateWorld({ ...options, onProgress: (done, total) => bar.update(done, total) }),
  );
  console.log(
    `wrote ${summary.entities} entities and ${summary.links} links to ${summary.out} (ground truth: ${summary.truthFile})`,
  );
}
