/**
 * Writes lines to a file as they come, a chunk of about a megabyte at a
 * time, so an export of any size never exists as one string (which V8 caps
 * at about 512 MB, and which holds the whole output in memory at once).
 */
import { open } from "node:fs/promises";

const CHUNK_CHARS = 1 << 20;

export async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const file = await open(path, "w");
  try {
    let chunk: string[] = [];
    let chars = 0;
    for (const line of lines) {
      chunk.push(line);
      chars += line.length + 1;
      if (chars >= CHUNK_CHARS) {
        await file.write(chunk.join("\n") + "\n");
        chunk = [];
        chars = 0;
      }
    }
    if (chunk.length > 0) await file.write(chunk.join("\n") + "\n");
  } finally {
    await file.close();
  }
}

/** The lines as one text, as `writeLines` writes them: for small graphs held in memory (tests, the API). */
export function linesText(lines: Iterable<string>): string {
  let text = "";
  for (const line of lines) text += line + "\n";
  return text;
}
