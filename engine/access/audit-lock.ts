/**
 * One writer at a time across processes (the server and `crosslink export`):
 * a lock file created exclusively, holding the writer's pid. A lock whose
 * process is gone is stale and taken over.
 */
import { open, readFile, unlink } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { isProcessRunning } from "../model/process-alive.ts";

export const LOCK_TIMEOUT_MS = 10_000;

export async function withFileLock<T>(path: string, run: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      const handle = await open(path, "wx", 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (await holderIsGone(path)) await unlink(path).catch(() => undefined);
      else if (Date.now() > deadline) throw new Error(`${path}: held by another writer for 10 s`);
      else await sleep(5);
    }
  }
  try {
    return await run();
  } finally {
    await unlink(path);
  }
}

async function holderIsGone(path: string): Promise<boolean> {
  const pid = Number(await readFile(path, "utf8").catch(() => ""));
  // An empty file is a lock being written this instant: not stale.
  return Number.isInteger(pid) && pid > 0 && !isProcessRunning(pid);
}
