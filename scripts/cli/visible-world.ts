/**
 * Who a CLI command runs as, and the store's world as they may see it.
 * `--as USER` takes the user's clearance from the data folder's users file,
 * `--clearance LEVEL` a level without a user, neither the whole store. The
 * graph is cut to that clearance by the same rule as the server's
 * (engine/access) and analysed as the server analyses it, so the CLI and the
 * API give users of one clearance the same answers.
 */
import { userInfo } from "node:os";
import {
  analyzeWithNetwork,
  type Analysis,
  type DirectedNetwork,
  type PersonNetwork,
} from "../../engine/analytics/index.ts";
import { clearanceView, UserFile, usersFileOf } from "../../engine/access/index.ts";
import {
  CLASSIFICATIONS,
  type Classification,
  type EntityGraph,
} from "../../engine/model/index.ts";
import { UsageError } from "./errors.ts";
import {
  readStoreGraph,
  storeGraph,
  withStore,
  type OpenStore,
  type StoreOptions,
} from "./open-store.ts";
import { analysisProgress, type Progress } from "./progress.ts";

export interface AsOptions extends StoreOptions {
  as?: string;
  clearance?: string;
  seed?: number;
}

export interface Asker {
  /** The user's name, or `cli:<shell user>` without --as. */
  user: string;
  /** Undefined: the whole store. */
  clearance?: Classification;
}

export interface VisibleWorld extends Asker {
  graph: EntityGraph;
  analysis: Analysis;
  network: PersonNetwork;
  directed: DirectedNetwork;
}

/** The user named with --as and their clearance, or the shell user with --clearance (or everything). */
export async function whoAsks(options: AsOptions): Promise<Asker> {
  if (options.as) {
    if (options.clearance) throw new UsageError("give --as or --clearance, not both");
    const user = (await UserFile.open(usersFileOf(options.dataDir)))
      .list()
      .find((entry) => entry.name === options.as);
    if (!user)
      throw new UsageError(
        `no user "${options.as}" in ${usersFileOf(options.dataDir)} (crosslink user add)`,
      );
    return { user: user.name, clearance: user.clearance };
  }
  const user = `cli:${userInfo().username}`;
  if (options.clearance === undefined) return { user };
  if (!(CLASSIFICATIONS as readonly string[]).includes(options.clearance)) {
    throw new UsageError(`--clearance must be one of ${CLASSIFICATIONS.join(", ")}`);
  }
  return { user, clearance: options.clearance as Classification };
}

/** The store's graph cut to the asker's clearance, analysed (default seed unless --seed). */
export function visibleWorld(options: AsOptions, shown?: Progress): Promise<VisibleWorld> {
  return withVisibleWorld(options, shown, async (world) => world);
}

/**
 * The visible world and the store it was read from, open while `use` runs:
 * for commands that also ask the store's query layer. `check` sees the
 * visible graph before it is analysed, so that an argument naming what is
 * not there fails at once rather than after the whole analysis.
 */
export async function withVisibleWorld<T>(
  options: AsOptions,
  shown: Progress | undefined,
  use: (world: VisibleWorld, store: OpenStore) => Promise<T>,
  check?: (graph: EntityGraph) => void,
): Promise<T> {
  const asker = await whoAsks(options);
  return withStore(options, shown, async (store) => {
    const full = await storeGraph(store, options, shown);
    const graph = cutToClearance(full, asker.clearance, shown);
    check?.(graph);
    const { analysis, network, directed } = analyzeWithNetwork(graph, {
      ...(options.seed !== undefined && { seed: options.seed }),
      onProgress: analysisProgress(shown),
    });
    return use({ ...asker, graph, analysis, network, directed }, store);
  });
}

/** The store's graph cut to a clearance (none: all of it); an empty store is a data error. */
export async function visibleGraph(
  options: StoreOptions,
  clearance?: Classification,
  shown?: Progress,
): Promise<EntityGraph> {
  return cutToClearance(await readStoreGraph(options, shown), clearance, shown);
}

function cutToClearance(full: EntityGraph, clearance?: Classification, shown?: Progress) {
  if (!clearance) return full;
  shown?.stage("clearance view");
  return clearanceView(full, clearance);
}
