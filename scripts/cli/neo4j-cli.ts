/** For CLI tests against the Neo4j of the global setup: the real `crosslink` with that server in its environment. */
import { spawnSync } from "node:child_process";
import type { Neo4jConnection } from "../../engine/store/index.ts";

const BIN = new URL("../../bin/crosslink.js", import.meta.url).pathname;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function crosslinkOn(server: Neo4jConnection) {
  const env = {
    ...process.env,
    NEO4J_URI: server.uri,
    NEO4J_USER: server.user,
    NEO4J_PASSWORD: server.password,
  };
  const run = (...args: string[]): CliRun => {
    const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, ...args], {
      encoding: "utf8",
      env,
    });
    return { status, stdout, stderr };
  };
  /** Its output, or an error with its message when it fails. */
  const succeed = (...args: string[]): string => {
    const result = run(...args);
    if (result.status !== 0) throw new Error(`crosslink ${args.join(" ")}: ${result.stderr}`);
    return result.stdout;
  };
  return { run, succeed };
}
