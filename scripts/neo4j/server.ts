/**
 * Starts and stops the project's Neo4j server (start.sh, Neo4jLauncher.java)
 * for tests, benchmarks and the CLI.
 *
 * The server runs detached in its own process group and is known by its PID:
 * start.sh execs java, so the PID spawned here is the JVM's own. It is ready
 * when it prints its ready line; stop() sends SIGTERM, so Neo4j checkpoints and
 * shuts down cleanly, and SIGKILLs the group only if that takes too long.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";

const NEO4J_DIR = dirname(fileURLToPath(import.meta.url));
const START_SCRIPT = join(NEO4J_DIR, "start.sh");
const LAUNCHER_CLASS = join(
  NEO4J_DIR,
  "target",
  "classes",
  "crosslink",
  "neo4j",
  "Neo4jLauncher.class",
);
const LIB_DIR = join(NEO4J_DIR, "target", "lib");
/** Printed by Neo4jLauncher.java once Bolt accepts logins with the password. */
const READY_PREFIX = "crosslink-neo4j ready ";
/** Lines of the server's output kept for error messages. */
const TAIL_LINES = 30;
export const BUILD_COMMAND = "bash scripts/neo4j/build-launcher.sh";

export interface StartNeo4jOptions {
  /** Bolt port on 127.0.0.1; default: a free port. */
  port?: number;
  /** Store folder, kept after stop; default: a new temporary folder removed by stop(). */
  storeDir?: string;
  /** Password set for user neo4j; default: a random one, returned in the result. */
  password?: string;
  /** JVM heap and page cache sizes such as "512m"; defaults: start.sh's. */
  heap?: string;
  pageCache?: string;
  /** How long to wait for the ready line (JVM start and store creation). */
  readyTimeoutMs?: number;
  /** How long stop() waits after SIGTERM before SIGKILL. */
  stopTimeoutMs?: number;
}

// Start-up takes 15 s on an idle 2-core machine and over a minute on a busy
// one; the ready timeout stays below vitest's 180 s hook timeout so that our
// error, with the server's output, is the one reported.
export const defaultStartNeo4jOptions = {
  readyTimeoutMs: 150_000,
  stopTimeoutMs: 60_000,
};

export interface Neo4jServer {
  uri: string;
  user: string;
  password: string;
  port: number;
  storeDir: string;
  pid: number;
  /** SIGTERM, wait for exit (SIGKILL after stopTimeoutMs); safe to call twice. */
  stop(): Promise<void>;
}

function javaAvailable(): boolean {
  return spawnSync("java", ["-version"], { stdio: "ignore" }).status === 0;
}

function launcherBuilt(): boolean {
  return existsSync(LAUNCHER_CLASS) && existsSync(LIB_DIR);
}

/** Why a server cannot be started on this machine, or undefined when it can. */
export function neo4jMissing(): string | undefined {
  if (!javaAvailable()) return "java is not on PATH";
  if (!launcherBuilt()) return `the Neo4j launcher is not built (${BUILD_COMMAND})`;
  return undefined;
}

export async function startNeo4j(options: StartNeo4jOptions = {}): Promise<Neo4jServer> {
  // start.sh would build a missing launcher, which takes minutes; tests and the
  // CLI should say so instead of waiting on Maven silently.
  if (!launcherBuilt()) {
    throw new Error(`neo4j server: the launcher is not built; run ${BUILD_COMMAND}`);
  }
  const { readyTimeoutMs, stopTimeoutMs } = { ...defaultStartNeo4jOptions, ...options };
  const port = options.port ?? (await freePort());
  const password = options.password ?? randomBytes(12).toString("hex");
  const ownStore = options.storeDir === undefined;
  const storeDir = options.storeDir ?? (await mkdtemp(join(tmpdir(), "crosslink-neo4j-")));

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_PORT: String(port),
    NEO4J_STORE: storeDir,
    NEO4J_PASSWORD: password,
  };
  if (options.heap !== undefined) env.NEO4J_HEAP = options.heap;
  if (options.pageCache !== undefined) env.NEO4J_PAGECACHE = options.pageCache;

  const child = spawn("bash", [START_SCRIPT], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  // "close", not "exit": by then every line it printed has been read into the tail.
  const exited = new Promise<string>((resolve) => {
    child.once("error", (error) => resolve(`could not run (${error.message})`));
    child.once("close", (code, signal) =>
      resolve(signal ? `signal ${signal}` : `exit code ${code}`),
    );
  });
  const pid = child.pid;
  if (pid === undefined) {
    const why = await exited;
    if (ownStore) await rm(storeDir, { recursive: true, force: true });
    throw new Error(`neo4j server: bash ${START_SCRIPT}: ${why}`);
  }
  let running = true;
  void exited.then(() => (running = false));
  // A parent that exits without stop() must not leave a JVM holding the port.
  const killOnExit = () => {
    if (running) signal(pid, "SIGTERM");
  };
  process.once("exit", killOnExit);

  const tail: string[] = [];
  let onReady: (uri: string) => void = () => {};
  const ready = new Promise<string>((resolve) => (onReady = resolve));
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on("line", (line) => {
      if (line.startsWith(READY_PREFIX)) onReady(line.slice(READY_PREFIX.length).trim());
      // Java stack frames would crowd the exception messages out of the tail.
      if (/^\s+(at |\.\.\. \d+ more)/.test(line)) return;
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
    });
  }

  const kill = async () => {
    if (running) signal(-pid, "SIGKILL");
    await exited;
  };
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (running) {
        signal(pid, "SIGTERM");
        if ((await withTimeout(exited, stopTimeoutMs)) === undefined) await kill();
      }
      process.removeListener("exit", killOnExit);
      if (ownStore) await rm(storeDir, { recursive: true, force: true });
    })());

  const failure = (why: string) =>
    new Error(
      `neo4j server (pid ${pid}, port ${port}) ${why}; its last output:\n${tail.join("\n")}`,
    );
  const outcome = await Promise.race([
    ready.then((uri) => ({ uri })),
    exited.then((how) => ({ failed: `exited (${how}) before it was ready` })),
    delay(readyTimeoutMs).then(() => ({ failed: `was not ready after ${readyTimeoutMs} ms` })),
  ]);
  if ("failed" in outcome) {
    await kill();
    await stop();
    throw failure(outcome.failed);
  }
  return { uri: outcome.uri, user: "neo4j", password, port, storeDir, pid, stop };
}

/** Sends a signal, ignoring a process that has just exited on its own. */
function signal(target: number, name: NodeJS.Signals): void {
  try {
    process.kill(target, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

/** A port the OS considers free right now (a race with other processes remains). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, delay(ms).then(() => undefined)]);
}
