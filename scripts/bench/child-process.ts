/**
 * A benchmark step in a fresh Node process, so that its time and peak RSS
 * are its own; the step prints its figures as JSON on its last line.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const runTs = fileURLToPath(new URL("../../bin/run-ts.js", import.meta.url));

/** `nodeOptions`: the child's Node flags; by default none, Node's default settings (no larger heap). */
export function runChild<T>(script: string, args: string[], nodeOptions: string[] = []): T {
  const output = execFileSync(process.execPath, [...nodeOptions, runTs, script, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(output.trim().split("\n").pop()!) as T;
}
