/**
 * `crosslink analyze [DIR]`: the full Analysis of a dataset folder, of the
 * store's graph (then also kept as <data-dir>/analysis.json for `targets`),
 * or of a plain person edge list (`--edges`).
 */
import { readFile } from "node:fs/promises";
import {
  analyze,
  analyzeBuiltNetwork,
  analyzeEdgeList,
  OptionError,
  parseEdgeList,
  personNetwork,
  resolveAnalysisOptions,
  type Analysis,
  type AnalysisOptions,
  type AnalyticInput,
  type AnalysisRun,
  writeAnalysisFile,
} from "../../../engine/analytics/index.ts";
import { copyFileAtomically } from "../../../engine/model/write-file-atomically.ts";
import { DataError, UsageError } from "../errors.ts";
import type { EntityGraph, EntityRecords } from "../../../engine/model/index.ts";
import {
  gdsMeasures,
  readStoreRecords,
  storeName,
  withStore,
  writeBack,
  type StoreOptions,
} from "../open-store.ts";
import { PhaseRecorder } from "../phase-record.ts";
import { printTable } from "../print-table.ts";
import { analysisProgress, withProgress, type Progress } from "../progress.ts";
import { readDataset } from "../read-dataset.ts";
import { storedAnalysisPath } from "../stored-analysis.ts";
import { levelsDir, storeFingerprint, writeLevelAnalyses } from "../../../server/levels.ts";

export interface InputOptions extends StoreOptions {
  edges?: string;
}

/** The input of an analysis: an edge list, a dataset folder, or the store. */
export async function readInput(
  dir: string | undefined,
  options: InputOptions,
  shown: Progress,
): Promise<{ input: AnalyticInput; fromStore: boolean }> {
  if (options.edges) {
    if (dir) throw new UsageError("give either a dataset folder or --edges, not both");
    shown.stage("read edges");
    const text = await readFile(options.edges, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${options.edges}: ${error.code ?? error.message}`);
    });
    try {
      return { input: { edges: parseEdgeList(text, options.edges) }, fromStore: false };
    } catch (error) {
      throw new DataError((error as Error).message);
    }
  }
  if (dir) {
    const { graph } = await readDataset(dir, shown);
    return { input: { graph }, fromStore: false };
  }
  return { input: { graph: await readStoreRecords(options, shown) }, fromStore: true };
}

export function runAnalysis(
  input: AnalyticInput,
  options: AnalysisOptions,
  shown?: Progress,
): Analysis {
  // The command only saves and summarises the Analysis: no record per actor is kept in memory.
  const settings = { ...options, onProgress: analysisProgress(shown), actorRecordsOnDemand: true };
  return "graph" in input ? analyze(input.graph, settings) : analyzeEdgeList(input.edges, settings);
}

/**
 * With --engine gds: the person network built here, its communities,
 * PageRank and (while exact) betweenness computed by Graph Data Science in
 * Neo4j, and the rest of the analysis on them here.
 */
async function runWithGds(
  graph: EntityRecords,
  options: AnalysisOptions,
  shown: Progress,
): Promise<Analysis> {
  const settings = resolveAnalysisOptions(options);
  shown.stage("person network");
  const network = personNetwork(graph, settings.network);
  shown.stage("graph data science");
  const { csr } = network;
  const external = await gdsMeasures(csr, {
    pagerankAlpha: settings.pagerankAlpha,
    // Past the exact size, the in-process estimator with its error bound (gds.ts says why).
    exactBetweenness: csr.nodeCount * csr.edgeCount <= settings.betweennessExactLimit,
  });
  const onProgress = analysisProgress(shown);
  return analyzeBuiltNetwork(graph, network, { ...options, onProgress }, external).analysis;
}

/** --engine gds runs in Neo4j, on the store's graph: refused before any work otherwise. */
function checkEngine(dir: string | undefined, options: InputOptions & { engine?: string }) {
  if (options.engine !== "gds") return;
  if (options.store !== "neo4j" || dir || options.edges) {
    throw new UsageError(
      "--engine gds analyses the store's graph in Neo4j: give --store neo4j, and no folder or --edges",
    );
  }
}

/** --levels stores the server's analyses of the Neo4j store: refused before any work otherwise. */
function checkLevels(dir: string | undefined, options: InputOptions & { levels?: boolean }) {
  if (options.levels && (options.store !== "neo4j" || dir || options.edges)) {
    throw new UsageError(
      "--levels stores the analyses the server on Neo4j reads: give --store neo4j, and no folder or --edges",
    );
  }
}

/**
 * The analysis of each clearance level's view, with the default parameters
 * the server's analyses have, stored with the data (server/services/level-files.ts).
 */
async function storeLevels(graph: EntityGraph, options: StoreOptions, shown: Progress) {
  const fingerprint = await withStore(options, undefined, async (store) =>
    storeFingerprint(await store.counts(), await store.matchDecisions()),
  );
  const progress = analysisProgress(shown);
  const index = await writeLevelAnalyses(graph, options.dataDir, fingerprint, (level) => {
    return (step, done, total) => progress(`${level} ${step}`, done, total);
  });
  shown.stage("levels stored");
  const levels = [...new Set(Object.values(index.levels))];
  console.log(`stored the analyses of ${levels.join(", ")} in ${levelsDir(options.dataDir)}`);
}

/** --seed, --resolution and every --set, checked before any data is read. */
function analysisOptions(options: {
  seed: number;
  resolution?: number;
  set?: Record<string, unknown>;
}): AnalysisOptions {
  const chosen = {
    ...options.set,
    seed: options.seed,
    ...(options.resolution !== undefined && { resolution: options.resolution }),
  } as AnalysisOptions;
  try {
    resolveAnalysisOptions(chosen);
  } catch (error) {
    if (error instanceof OptionError) throw new UsageError(error.message);
    throw error;
  }
  return chosen;
}

export async function run(
  dir: string | undefined,
  options: InputOptions & {
    seed: number;
    resolution?: number;
    set?: Record<string, unknown>;
    json?: string;
    engine?: "in-process" | "gds";
    levels?: boolean;
  },
): Promise<void> {
  checkEngine(dir, options);
  checkLevels(dir, options);
  const chosen = analysisOptions(options);
  const { analysis, fromStore, written, run } = await withProgress("analyze", async (display) => {
    const shown = new PhaseRecorder(display);
    const { analysis, fromStore, levelsGraph } = await analyseInput(dir, options, chosen, shown);
    const targets = [
      ...(fromStore ? [storedAnalysisPath(options.dataDir)] : []),
      ...(options.json ? [options.json] : []),
    ];
    if (targets.length > 0) {
      shown.stage("save");
      // Streamed once (no string the size of the file: past V8's string limit at 10M links), then copied.
      await writeAnalysisFile(targets[0]!, analysis, {
        onProgress: (done, total) => shown.update(done, total),
        run: () => shown.run(),
      });
      for (const copy of targets.slice(1)) await copyFileAtomically(targets[0]!, copy);
    }
    if (!fromStore || options.store !== "neo4j") return { analysis, fromStore, run: shown.run() };
    shown.stage("write back");
    const written = await writeBack(analysis);
    if (levelsGraph) await storeLevels(levelsGraph, options, shown);
    return { analysis, fromStore, written, run: shown.run() };
  });
  if (fromStore && written) {
    console.log(
      `wrote ${written.communities} communities and the scores of ${written.actors} persons and organisations back to ${storeName(options)}`,
    );
  }
  printSummary(analysis);
  printPhases(run);
}

/**
 * The Analysis of the input. The input is let go when this returns (only
 * --levels keeps the graph), so the save's peak holds no store: 440 MB of
 * the embedded store's columns at 1.2M links.
 */
async function analyseInput(
  dir: string | undefined,
  options: InputOptions & { engine?: "in-process" | "gds"; levels?: boolean },
  chosen: AnalysisOptions,
  shown: Progress,
): Promise<{ analysis: Analysis; fromStore: boolean; levelsGraph?: EntityGraph }> {
  const { input, fromStore } = await readInput(dir, options, shown);
  const analysis =
    options.engine === "gds" && "graph" in input
      ? await runWithGds(input.graph, chosen, shown)
      : runAnalysis(input, chosen, shown);
  // --levels is Neo4j only (checkLevels), whose store reads a graphology EntityGraph.
  const levelsGraph = options.levels && "graph" in input ? (input.graph as EntityGraph) : undefined;
  return { analysis, fromStore, ...(levelsGraph && { levelsGraph }) };
}

/** Each phase's time and peak memory (also the saved Analysis's `run`), for issue 14's growth table. */
function printPhases(run: AnalysisRun): void {
  console.log(
    `\nphases (${run.seconds.toFixed(1)} s, peak heap used ${run.peakHeapUsedMB} MB, peak RSS ${run.peakRssMB} MB)`,
  );
  printTable(
    ["phase", "seconds", "peak heap used MB", "peak RSS MB"],
    run.phases.map((phase) => [
      phase.name,
      phase.seconds.toFixed(2),
      String(phase.peakHeapUsedMB),
      String(phase.peakRssMB),
    ]),
  );
}

function printSummary(analysis: Analysis): void {
  const s = analysis.summary;
  console.log(
    `${s.persons} persons, ${s.organisations} organisations, ${s.ties} ties from ${s.links} links; ` +
      `${s.communities} communities, modularity ${s.modularity}; betweenness ${analysis.parameters.betweenness.method}; computed ${analysis.parameters.engine === "gds" ? "by Graph Data Science in Neo4j" : "in process"}`,
  );
  console.log("\nlargest communities");
  printTable(
    ["id", "name", "size", "crime types"],
    analysis.communities.slice(0, 10).map((c) => [
      String(c.id),
      c.name,
      String(c.size),
      Object.entries(c.crimeTypes)
        .map(([type, count]) => `${type} ${count}`)
        .join(", "),
    ]),
  );
  console.log("\ntop targets");
  printTable(
    ["rank", "id", "name", "score", "first reason"],
    analysis.targets
      .slice(0, 10)
      .map((t) => [String(t.rank), t.id, t.name, t.score.toFixed(4), t.reasons[0] ?? ""]),
  );
  const bridges = analysis.crimeOverlap.bridges;
  if (bridges.length > 0) {
    console.log(`\n${bridges.length} persons bridge smuggling to other crime`);
  }
}
