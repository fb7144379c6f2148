/**
 * Writes a file so that a reader never sees half of it: the text goes to
 * `NAME.PID.tmp` beside it (the form the memory store's stale-temporary sweep
 * knows), readable by the owner only, and is renamed over the target. The
 * folder is created first, so a command may write into a folder that does
 * not exist yet.
 */
import { copyFile, mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

export async function writeFileAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, { mode: 0o600 });
  await rename(temporary, path);
}

/** A copy of `from` at `path`, made the same way: a reader of `path` never sees half of it. */
export async function copyFileAtomically(from: string, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await copyFile(from, temporary);
  await rename(temporary, path);
}
