/** The board log file's numbering: from the last complete line, whoever writes and however long the lines. */
import { appendFile, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { boardsFileOf, FileBoardLog } from "./file-log.ts";
import type { NewBoardEvent } from "./types.ts";

const note = (text: string): NewBoardEvent => ({
  kind: "note",
  subject: "person",
  about: "P1",
  text,
  user: "ana",
  classification: "restricted",
});

const fresh = async () => boardsFileOf(await mkdtemp(join(tmpdir(), "crosslink-board-log-")));

describe("FileBoardLog", () => {
  it("numbers the appends of two writers at once without a gap or a repeat", async () => {
    const path = await fresh();
    const [server, cli] = [new FileBoardLog(path), new FileBoardLog(path)];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? server : cli).append(note(`n${i}`))),
    );
    const seqs = (await server.read()).map((event) => event.seq);
    expect(seqs).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it("follows a line longer than the first read from the end", async () => {
    const log = new FileBoardLog(await fresh());
    await log.append(note("short"));
    await log.append(note("x".repeat(50_000)));
    expect((await log.append(note("after"))).seq).toBe(3);
  });

  it("drops a half-written last line and numbers after the last complete one", async () => {
    const path = await fresh();
    const log = new FileBoardLog(path);
    await log.append(note("kept"));
    await appendFile(path, '{"seq":2,"kind":"note","te');
    expect((await log.append(note("next"))).seq).toBe(2);
    const lines = (await readFile(path, "utf8")).trimEnd().split("\n");
    expect(lines.map((line) => (JSON.parse(line) as { text: string }).text)).toEqual([
      "kept",
      "next",
    ]);
  });
});
