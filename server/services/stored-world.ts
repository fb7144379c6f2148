/**
 * The world of the server on Neo4j, which holds no graph: each clearance
 * level's view is opened from its stored analysis in the data folder
 * (level-files.ts) when asked, holding only the part that does not grow
 * with the persons and reading the rest per request (stored-level-view.ts),
 * and only the most recently asked `levelsHeld` of them are kept (one by
 * default); records are read through the store's query layer.
 * Stored analyses that do not match the store (another fingerprint) are not
 * used. `prepare` and a match decision have them computed again by the level
 * worker (level-worker.ts) in its own thread; meanwhile a route that needs
 * an analysis answers 503 saying what to run. The routes that compare
 * records across a whole clearance view (boards, target packages, analytic
 * runs) load that view from Neo4j on first use, up to a bound on its links,
 * and keep only the last one loaded.
 */
import { Worker } from "node:worker_threads";
import type { AnalysisProgress } from "../../engine/analytics/index.ts";
import { clearanceViewInTurns } from "../../engine/access/index.ts";
import type { Classification, EntityGraph } from "../../engine/model/index.ts";
import type { GraphQueries, GraphStore, Neo4jConnection } from "../../engine/store/index.ts";
import { HeldPromises } from "./held-promises.ts";
import type { LevelView } from "./level-analysis.ts";
import { levelPath, readLevelIndex, storeFingerprint, type LevelIndex } from "./level-files.ts";
import { storedLevelView } from "./stored-level-view.ts";
import type { ProgressMessage } from "./worker-progress.ts";
import type { World } from "./world.ts";

const BOOT = new URL("../../bin/ts-worker.js", import.meta.url);
const ENTRY = new URL("./level-worker.ts", import.meta.url).href;

/** What to run when a level's analysis is not stored. */
export const LEVELS_COMMAND = "crosslink analyze --store neo4j --levels";

/** Answered as it is (errors.ts): the analysis is not there yet, and what makes it. */
export class AnalysisNotReady extends Error {
  readonly statusCode = 503;
  readonly expose = true;
}

/** Links at most in a clearance view the server loads whole (boards, packages, analytic runs). */
export const DEFAULT_WHOLE_GRAPH_LINKS = 2_000_000;

/** Levels whose stored analysis the server keeps in memory at once (the rest are read again when asked). */
export const DEFAULT_LEVELS_HELD = 1;

export interface StoredWorldOptions {
  dataDir: string;
  /** The connection the level worker opens; without it the analyses come only from the CLI. */
  connection?: Neo4jConnection;
  wholeGraphLinks?: number;
  /** How many levels' analyses are kept in memory (DEFAULT_LEVELS_HELD). */
  levelsHeld?: number;
}

export class StoredWorld implements World {
  private readonly views: HeldPromises<Classification, LevelView>;
  /** One whole clearance view at a time: each is the size of the graph. */
  private readonly wholes = new HeldPromises<Classification, EntityGraph>(1);
  private computing: { since: Date; done: Promise<LevelIndex> } | undefined;

  private constructor(
    private readonly store: GraphStore & GraphQueries,
    private readonly options: StoredWorldOptions,
    private index: LevelIndex | undefined,
  ) {
    this.views = new HeldPromises(options.levelsHeld ?? DEFAULT_LEVELS_HELD);
  }

  /** The stored analyses if they match the store; none otherwise (computed by `prepare`). */
  static async open(
    store: GraphStore & GraphQueries,
    options: StoredWorldOptions,
  ): Promise<StoredWorld> {
    const stored = await readLevelIndex(options.dataDir);
    const fresh = stored && stored.fingerprint === (await fingerprintOf(store));
    return new StoredWorld(store, options, fresh ? stored : undefined);
  }

  view(clearance: Classification): Promise<LevelView> {
    if (!this.index) return Promise.reject(this.notReady(clearance));
    const level = this.index.levels[clearance];
    return this.views.get(level, () => storedLevelView(levelPath(this.options.dataDir, level)));
  }

  /** The levels whose analyses are in memory now, the least recently asked first. */
  heldLevels(): Classification[] {
    return this.views.keys();
  }

  async prepare(
    onReady?: (level: Classification, seconds: number) => void,
    onProgress?: (level: Classification) => AnalysisProgress,
  ): Promise<void> {
    if (!this.index) {
      const progress = onProgress && levelProgress(onProgress);
      this.index = await this.compute(progress);
    }
    for (const level of new Set(Object.values(this.index.levels))) {
      const started = performance.now();
      await this.view(level);
      onReady?.(level, (performance.now() - started) / 1000);
    }
  }

  /** The stored analyses no longer hold: computed again in the worker, 503 until then. */
  useDecisions(): void {
    this.index = undefined;
    this.views.clear();
    this.wholes.clear();
    this.compute().then(
      (index) => (this.index = index),
      // The next decision or restart tries again; until then routes say what to run.
      () => undefined,
    );
  }

  wholeGraph(clearance: Classification): Promise<EntityGraph> {
    return this.wholes.get(clearance, () => this.loadWhole(clearance));
  }

  private async loadWhole(clearance: Classification): Promise<EntityGraph> {
    const bound = this.options.wholeGraphLinks ?? DEFAULT_WHOLE_GRAPH_LINKS;
    const links = Object.values((await this.store.counts()).links).reduce((a, b) => a + b, 0);
    if (links > bound) {
      throw new AnalysisNotReady(
        `this needs the whole view of your clearance, and the store holds ${links} links, more than the server loads (${bound}); use the CLI on the store`,
      );
    }
    return clearanceViewInTurns(await this.store.loadGraph(), clearance);
  }

  /** One computation at a time; a second caller waits for the first. */
  private compute(onProgress?: AnalysisProgress): Promise<LevelIndex> {
    if (this.computing) return this.computing.done;
    const { connection, dataDir } = this.options;
    if (!connection) return Promise.reject(this.notReady("restricted"));
    const done = inLevelWorker(connection, dataDir, onProgress).finally(() => {
      this.computing = undefined;
    });
    this.computing = { since: new Date(), done };
    return done;
  }

  private notReady(clearance: Classification): AnalysisNotReady {
    const since = this.computing?.since.toISOString().slice(11, 19);
    return new AnalysisNotReady(
      since
        ? `the analysis of the ${clearance} level is being computed (since ${since} UTC); try again shortly`
        : `no stored analysis of the ${clearance} level matches the store: run ${LEVELS_COMMAND}`,
    );
  }
}

const fingerprintOf = async (store: GraphStore) =>
  storeFingerprint(await store.counts(), await store.matchDecisions());

/** The worker names the level before each step ("restricted network"); the caller hears it per level. */
function levelProgress(onProgress: (level: Classification) => AnalysisProgress): AnalysisProgress {
  const heard = new Map<string, AnalysisProgress>();
  return (step, done, total) => {
    const [level, ...rest] = step.split(" ");
    if (!heard.has(level!)) heard.set(level!, onProgress(level as Classification));
    heard.get(level!)!(rest.join(" "), done, total);
  };
}

function inLevelWorker(
  connection: Neo4jConnection,
  dataDir: string,
  onProgress?: AnalysisProgress,
): Promise<LevelIndex> {
  const worker = new Worker(BOOT, { workerData: { entry: ENTRY, connection, dataDir } });
  return new Promise<LevelIndex>((resolve, reject) => {
    worker.on("message", (message: Partial<ProgressMessage> & { written?: LevelIndex }) => {
      if (message.progress) onProgress?.(...message.progress);
      if (message.written) resolve(message.written);
    });
    worker.once("error", reject);
    worker.once("exit", (code) =>
      reject(new Error(`the level worker stopped (exit code ${code}) before writing the analyses`)),
    );
  });
}
