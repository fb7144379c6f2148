/**
 * The Analysis saved and read as a stream (analysis-file.ts): written and
 * read back it is deep-equal; the file is exactly JSON.stringify's text (so
 * any JSON reader keeps working); written in small chunks, no chunk holds
 * more than a sliver of it; the run's figures go last and come back.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { jsonChunks } from "../../model/streamed-json.ts";
import { readAnalysisFile, writeAnalysisFile } from "./analysis-file.ts";
import { analyze } from "./analyze.ts";
import type { Analysis, AnalysisRun } from "./types.ts";

const RUN: AnalysisRun = {
  finished: "2026-12-07T08:00:00.000Z",
  node: "v20",
  seconds: 1.5,
  peakHeapUsedMB: 100,
  peakRssMB: 200,
  phases: [{ name: "network", seconds: 0.5, peakHeapUsedMB: 90, peakRssMB: 180 }],
};

describe("an Analysis saved and read as a stream", { timeout: 60_000 }, () => {
  let analysis: Analysis;
  let folder: string;

  beforeAll(async () => {
    analysis = analyze(toEntityGraph(await loadDataset("fixtures/demo")), { seed: 7 });
    folder = await mkdtemp(join(tmpdir(), "crosslink-analysis-file-"));
  });

  it("reads back deep-equal, from a file that is JSON.stringify's text", async () => {
    const path = join(folder, "analysis.json");
    await writeAnalysisFile(path, analysis, { chunkChars: 4096 });
    expect(await readFile(path, "utf8")).toBe(JSON.stringify(analysis) + "\n");
    expect(await readAnalysisFile(path)).toEqual(analysis);
  });

  it("is written in pieces none of which holds more than a sliver of the output", () => {
    const whole = JSON.stringify(analysis).length;
    const chunks = [...jsonChunks(analysis, 1024)];
    expect(chunks.join("").length).toBe(whole);
    expect(chunks.length).toBeGreaterThan(100);
    // The largest chunk is its 1 KiB plus the one piece that filled it (a record).
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(whole / 50);
  });

  it("writes the run's figures last, and reads them back", async () => {
    const path = join(folder, "with-run.json");
    const progress: number[] = [];
    await writeAnalysisFile(path, analysis, {
      run: () => RUN,
      onProgress: (done, total) => progress.push(done / total),
    });
    const text = await readFile(path, "utf8");
    expect(text.endsWith(`,"run":${JSON.stringify(RUN)}}\n`)).toBe(true);
    expect(await readAnalysisFile(path)).toEqual({ ...analysis, run: RUN });
    expect(progress.at(-1)).toBe(1);
  });

  it("reads an Analysis another tool wrote (indented), and refuses a cut file naming it", async () => {
    const indented = join(folder, "indented.json");
    await writeFile(indented, JSON.stringify(analysis, null, 2));
    expect(await readAnalysisFile(indented)).toEqual(analysis);
    const cut = join(folder, "cut.json");
    await writeFile(cut, JSON.stringify(analysis).slice(0, 5000));
    await expect(readAnalysisFile(cut)).rejects.toThrow(/cut\.json: JSON near character/);
  });
});
