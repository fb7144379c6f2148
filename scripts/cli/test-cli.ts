/** For CLI tests: the real `crosslink` in a child process, with its exit status and output. */
import { spawnSync } from "node:child_process";
import type { Neo4jConnection } from "../../engine/store/index.ts";

const BIN = new URL("../../bin/crosslink.js", import.meta.url).pathname;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `run` answers whatever happens; `succeed` gives the output or throws with the error message. */
export function crosslinkCli(env: Record<string, string> = {}) {
  const run = (...args: string[]): CliRun => {
    const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, ...args], {
      encoding: "utf8",
      env: { ...process.env, ...env },
    });
    return { status, stdout, stderr };
  };
  const succeed = (...args: string[]): string => {
    const result = run(...args);
    if (result.status !== 0) throw new Error(`crosslink ${args.join(" ")}: ${result.stderr}`);
    return result.stdout;
  };
  return { run, succeed };
}

/** The CLI with the Neo4j of the global setup in its environment. */
export function crosslinkOn(server: Neo4jConnection) {
  return crosslinkCli({
    NEO4J_URI: server.uri,
    NEO4J_USER: server.user,
    NEO4J_PASSWORD: server.password,
  });
}
