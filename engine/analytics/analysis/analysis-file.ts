/**
 * The one way an Analysis is saved and read back (issue 14, item 2): as a
 * stream of standard JSON (engine/model/streamed-json.ts), so that an
 * Analysis of any size can be saved and read back without ever holding its
 * whole text as one string. The file is the bytes JSON.stringify would give,
 * so outside tools read it as any JSON; it is written to a temporary file
 * beside the target and renamed over it, so a reader never sees half of one.
 *
 * Usage: `await writeAnalysisFile(path, analysis)`; `await readAnalysisFile(path)`.
 */
import { createReadStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { jsonChunks, JsonStreamReader } from "../../model/streamed-json.ts";
import type { WorkProgress } from "../progress.ts";
import type { Analysis, AnalysisRun } from "./types.ts";

export interface WriteAnalysisOptions {
  /** Characters per write (default 64 Ki: streamed-json.ts says why). */
  chunkChars?: number;
  onProgress?: WorkProgress;
  /** The run's figures, asked for once everything else is written, so that they include the writing (written last, as `run`). */
  run?: () => AnalysisRun;
}

export async function writeAnalysisFile(
  path: string,
  analysis: Analysis,
  options: WriteAnalysisOptions = {},
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const file = await open(temporary, "w", 0o600);
  try {
    // A run the Analysis already carries gives way to this one's.
    const body = options.run ? { ...analysis, run: undefined } : analysis;
    let held: string | undefined;
    for (const chunk of jsonChunks(body, options.chunkChars, options.onProgress)) {
      if (held !== undefined) await file.write(held);
      held = chunk;
    }
    // The text ends with the object's "}": the run goes in before it.
    const tail = options.run
      ? `${held!.slice(0, -1)},"run":${JSON.stringify(options.run())}}`
      : held!;
    await file.write(`${tail}\n`);
    await file.close();
  } catch (error) {
    await file.close().catch(() => {});
    await rm(temporary, { force: true });
    throw error;
  }
  await rename(temporary, path);
}

/** Reads an Analysis file (any standard JSON of one); `onProgress` hears of the bytes read. */
export async function readAnalysisFile(path: string, onProgress?: WorkProgress): Promise<Analysis> {
  const { size } = await stat(path);
  const reader = new JsonStreamReader();
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) {
      reader.write(chunk as string);
      onProgress?.(stream.bytesRead, size);
    }
    return reader.end() as Analysis;
  } catch (error) {
    if (error instanceof SyntaxError) throw new SyntaxError(`${path}: ${error.message}`);
    throw error;
  } finally {
    stream.destroy();
  }
}
