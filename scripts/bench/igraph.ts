/**
 * The igraph peer of the analytics benchmarks: python3-igraph given a
 * Csr's ties as an edge list, each script printing its figures as JSON.
 */
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import type { Csr } from "../../engine/analytics/csr.ts";

const PYTHON = "/usr/bin/python3";
const run = promisify(execFile);

/** Whether igraph can be imported; says so through `log` when it cannot. */
export async function igraphAvailable(log: (message: string) => void): Promise<boolean> {
  try {
    await run(PYTHON, ["-c", "import igraph"]);
    return true;
  } catch {
    log(`python3-igraph not found for ${PYTHON}: recording ours alone`);
    return false;
  }
}

/** "u v" (with `weights`, "u v w") per tie, by index, so igraph reads exactly the index's simple graph. */
export async function writeEdgeList(
  csr: Csr,
  path: string,
  options: { weights?: boolean } = {},
): Promise<void> {
  const lines: string[] = [];
  for (let u = 0; u < csr.nodeCount; u++) {
    for (let k = csr.offsets[u]!; k < csr.offsets[u + 1]!; k++) {
      const v = csr.targets[k]!;
      if (u < v) lines.push(options.weights ? `${u} ${v} ${csr.weights[k]}` : `${u} ${v}`);
    }
  }
  await writeFile(path, lines.join("\n") + "\n");
}

/** Runs a Python script with igraph and returns what it printed as JSON. */
export async function runIgraphScript<T>(script: string, args: string[]): Promise<T> {
  const { stdout } = await run(PYTHON, ["-c", script, ...args], { maxBuffer: 1 << 28 });
  return JSON.parse(stdout) as T;
}
