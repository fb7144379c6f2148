/**
 * The audit log: JSON lines, append-only. Line n carries `n` and `prev`, the
 * HMAC-SHA256 (audit-key.ts) of line n-1 (64 zeros for the first), so that
 * changing, removing or inserting any line breaks the chain at the next one,
 * and nobody without the key can chain an edited log anew. After each write
 * the anchor file records the newest line's number and MAC, so cutting lines
 * off the end breaks it too (audit-verify.ts checks all of this).
 *
 * Several processes append (the server, `crosslink export`): each write takes
 * the lock file and re-reads the head of the log under it, so the chain is one
 * whoever writes. Entries are chained when written, in batches: a burst of
 * requests costs one write, and each caller waits until its own line is in the
 * file, so nothing is disclosed that the log does not hold even if the
 * process dies. The file is synced to the disk at most SYNC_INTERVAL_MS later
 * (a sync per request cost 5 to 10 times the throughput).
 */
import { mkdir, open, stat, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import { writeFileAtomically } from "../model/write-file-atomically.ts";
import { auditFilesOf, loadAuditKey, macWith, type AuditFiles, type Mac } from "./audit-key.ts";
import { withFileLock } from "./audit-lock.ts";
import { boundedQuery, type AuditEntry } from "./audit-line.ts";

export const GENESIS = "0".repeat(64);
const SYNC_INTERVAL_MS = 200;

export interface Anchor {
  lines: number;
  head: string;
  mac: string;
}

export const anchorMac = (mac: Mac, lines: number, head: string): string =>
  mac(`anchor ${lines} ${head}`);

export class AuditLog {
  private pending: string[] = [];
  private flushing: Promise<void> | undefined;
  private waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  private syncTimer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly files: AuditFiles,
    private readonly file: FileHandle,
    private readonly mac: Mac,
  ) {}

  /** Opens the log for appending; the key is made with a new log and required for an old one. */
  static async open(path: string, keyFile?: string): Promise<AuditLog> {
    const files = auditFilesOf(path, keyFile);
    // A first export or server start may come before any other command made the data folder.
    await mkdir(dirname(files.log), { recursive: true });
    await mkdir(dirname(files.key), { recursive: true });
    const size = await stat(path).then(
      (stats) => stats.size,
      () => 0,
    );
    const key = await loadAuditKey(files.key, size === 0).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      throw new Error(`${path} has lines but its key ${files.key} is missing`, { cause: error });
    });
    return new AuditLog(files, await open(path, "a+", 0o600), macWith(key));
  }

  append(entry: AuditEntry): Promise<void> {
    const { query, ...rest } = entry;
    const bounded = boundedQuery(query);
    this.pending.push(
      JSON.stringify({
        time: new Date().toISOString(),
        ...rest,
        ...(bounded !== undefined && { query: bounded }),
      }),
    );
    return new Promise((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  async close(): Promise<void> {
    await this.flushing;
    clearTimeout(this.syncTimer);
    await this.file.datasync();
    await this.file.close();
  }

  private scheduleSync(): void {
    this.syncTimer ??= setTimeout(() => {
      this.syncTimer = undefined;
      // A failed sync leaves the lines written to the file; the next write reports real trouble.
      this.file.datasync().catch(() => undefined);
    }, SYNC_INTERVAL_MS).unref();
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const entries = this.pending;
      const waiters = this.waiters;
      this.pending = [];
      this.waiters = [];
      try {
        await withFileLock(this.files.lock, () => this.write(entries));
        for (const waiter of waiters) waiter.resolve();
        this.scheduleSync();
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error);
      }
    }
    this.flushing = undefined;
  }

  /** Under the lock: chains the entries to the log's head as it is on disk now. */
  private async write(entries: string[]): Promise<void> {
    const last = await lastLine(this.file);
    let n = last === undefined ? 0 : numberOf(last, this.files.log);
    let prev = last === undefined ? GENESIS : this.mac(last);
    let text = "";
    for (const entry of entries) {
      n += 1;
      // `n` first and `prev` last, the entry's own fields between.
      const line = `{"n":${n},${entry.slice(1, -1)},"prev":"${prev}"}`;
      prev = this.mac(line);
      text += line + "\n";
    }
    await this.file.write(text);
    const anchor: Anchor = { lines: n, head: prev, mac: anchorMac(this.mac, n, prev) };
    await writeFileAtomically(this.files.anchor, JSON.stringify(anchor) + "\n");
  }
}

function numberOf(line: string, path: string): number {
  let n: unknown;
  try {
    n = (JSON.parse(line) as { n?: unknown }).n;
  } catch {
    n = undefined;
  }
  if (!Number.isInteger(n)) {
    // Chaining on would hide the damage; refusing stops disclosure until someone looks.
    throw new Error(`${path}: the last line is damaged; run crosslink audit verify`);
  }
  return n as number;
}

/** The file's last line, read backwards from the end in blocks. */
async function lastLine(file: FileHandle): Promise<string | undefined> {
  const { size } = await file.stat();
  const block = 64 * 1024;
  let end = size;
  let tail = Buffer.alloc(0);
  while (end > 0) {
    const start = Math.max(0, end - block);
    const chunk = Buffer.alloc(end - start);
    await file.read(chunk, 0, chunk.length, start);
    tail = Buffer.concat([chunk, tail]);
    end = start;
    const text = tail.toString("utf8").replace(/\n$/, "");
    const newline = text.lastIndexOf("\n");
    if (newline >= 0) return text.slice(newline + 1);
  }
  const text = tail.toString("utf8").replace(/\n$/, "");
  return text.length > 0 ? text : undefined;
}
