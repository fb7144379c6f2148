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
      const events = await this.all();
      const stamped = {
        seq: (events.at(-1)?.seq ?? 0) + 1,
        time: new Date().toISOString(),
        ...event,
      } as BoardEvent;
      const file = await open(this.path, "a+", 0o600);
      try {
        await dropUnfinishedLine(file);
        await file.write(JSON.stringify(stamped) + "\n");
        await file.datasync();
      } finally {
        await file.close();
      }
      return stamped;
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
