/**
 * The board log in the data folder: `boards.ndjson`, one change a line,
 * append-only. A writer takes the lock file, reads the last number and
 * appends the next, so the server and the CLI can write at once; the line is
 * synced before the change counts as made. Nothing is ever rewritten: the
 * store's re-imports leave the file alone, and members are matched to the new
 * records by person id.
 */
import { mkdir, open, readFile, type FileHandle } from "node:fs/promises";
import { dirname, join } from "node:path";
import { withFileLock } from "../access/audit-lock.ts";
import { isVisible } from "../access/visibility.ts";
import type { Classification } from "../model/index.ts";
import type { BoardEvent, BoardLog, NewBoardEvent } from "./types.ts";

export const boardsFileOf = (dataDir: string) => join(dataDir, "boards.ndjson");

export class FileBoardLog implements BoardLog {
  readonly kind = "file" as const;

  constructor(readonly path: string) {}

  async append(event: NewBoardEvent): Promise<BoardEvent> {
    await mkdir(dirname(this.path), { recursive: true });
    return withFileLock(`${this.path}.lock`, async () => {
      const file = await open(this.path, "a+", 0o600);
      try {
        await dropUnfinishedLine(file);
        const stamped = {
          seq: (await lastSeq(file, this.path)) + 1,
          time: new Date().toISOString(),
          ...event,
        } as BoardEvent;
        await file.write(JSON.stringify(stamped) + "\n");
        await file.datasync();
        return stamped;
      } finally {
        await file.close();
      }
    });
  }

  async read(clearance?: Classification): Promise<BoardEvent[]> {
    const events = await this.all();
    return clearance ? events.filter((e) => isVisible(e.classification, clearance)) : events;
  }

  async close(): Promise<void> {}

  private async all(): Promise<BoardEvent[]> {
    let text: string;
    try {
      text = await readFile(this.path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
    // A last line without its newline is a write that died half-way: it never counted.
    return text
      .split("\n")
      .slice(0, -1)
      .map((line, i) => {
        try {
          return JSON.parse(line) as BoardEvent;
        } catch {
          throw new Error(`${this.path}:${i + 1}: not a JSON line; the board log is damaged`);
        }
      });
  }
}

/**
 * The number of the last complete line, read from the end of the file: an
 * append costs the same however long the board's history grows.
 */
async function lastSeq(file: FileHandle, path: string): Promise<number> {
  const { size } = await file.stat();
  if (size === 0) return 0;
  for (let span = Math.min(size, 4096); ; span = Math.min(size, span * 4)) {
    const tail = Buffer.alloc(span);
    await file.read(tail, 0, span, size - span);
    // The file ends with a newline (dropUnfinishedLine saw to it); the last line starts after the one before.
    const start = tail.lastIndexOf(0x0a, span - 2) + 1;
    if (start > 0 || span === size) {
      try {
        return (JSON.parse(tail.subarray(start, span - 1).toString("utf8")) as BoardEvent).seq;
      } catch {
        throw new Error(`${path}: the last line is not JSON; the board log is damaged`);
      }
    }
  }
}

/** Cuts a half-written last line (a writer that died), so the next line starts clean. */
async function dropUnfinishedLine(file: FileHandle): Promise<void> {
  const { size } = await file.stat();
  if (size === 0) return;
  const last = Buffer.alloc(1);
  await file.read(last, 0, 1, size - 1);
  if (last[0] === 0x0a) return;
  const text = (await readFile(file, "utf8")) as string;
  await file.truncate(Buffer.byteLength(text.slice(0, text.lastIndexOf("\n") + 1)));
}
