/**
 * `crosslink export`: target packages (`--top N` or ids) or, with
 * `--network`, the whole network or the neighbourhood of ids as GEXF,
 * GraphML, FollowTheMoney NDJSON or CSV lists. With `--as USER` (or
 * `--clearance LEVEL`) the export holds only what that clearance may see:
 * the store's graph is cut to the server's clearance view and the analysis
 * recomputed on it (visible-world.ts), so nothing derived from hidden records
 * gets in, and a package equals the API's for a user of that clearance. Every
 * export is a line in the data folder's audit log.
 */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import {
  buildTargetPackage,
  exportNetwork,
  NETWORK_FORMATS,
  NETWORK_GRAPHS,
  type NetworkGraph,
  PACKAGE_FORMATS,
  topTargets,
  type NetworkFormat,
  type PackageFormat,
} from "../../../engine/export/index.ts";
import type { Classification, EntityGraph } from "../../../engine/model/index.ts";
import { neighbourhoodOf } from "../../../engine/store/index.ts";
import { auditAppend } from "../audit-append.ts";
import { DataError, UsageError } from "../errors.ts";
import type { OpenStore } from "../open-store.ts";
import { analysisProgress, withProgress } from "../progress.ts";
import { withVisibleWorld, type AsOptions } from "../visible-world.ts";

export interface ExportCommandOptions extends AsOptions {
  top?: number;
  out: string;
  format?: string;
  network?: boolean;
  graph?: string;
  depth: number;
}

export async function run(ids: string[], options: ExportCommandOptions): Promise<void> {
  // The command line is checked whole before any data is read.
  const format = options.network ? networkFormat(options.format) : undefined;
  const shape = networkShape(options);
  const formats = options.network ? undefined : packageFormats(options.format);
  if (!options.network && ids.length === 0 && options.top === undefined)
    throw new UsageError("name target ids or give --top N");

  // What was written is told once the progress display has finished.
  const { user, clearance, written, exported, told } = await withProgress(
    "export",
    async (shown) => {
      return withVisibleWorld(
        options,
        shown,
        async (world, store) => {
          const { user, clearance, graph, analysis, network } = world;
          if (format) {
            const scope =
              ids.length > 0
                ? await neighbourhoodInStore(store, ids, options.depth, clearance ?? "secret")
                : graph;
            await mkdir(dirname(options.out), { recursive: true });
            const written = await exportNetwork({
              graph: scope,
              analysis,
              people: { network, view: graph },
              format,
              shape,
              out: options.out,
              onProgress: analysisProgress(shown, true),
            });
            const told = [
              `wrote ${scope.order} entities and ${scope.size} links as ${format}: ${written.join(", ")}`,
            ];
            return { user, clearance, written, exported: ids, told };
          }
          const targets = ids.length > 0 ? ids : topTargets(analysis, options.top!);
          shown.stage("packages", targets.length);
          const packages = await buildTargetPackage(
            { graph, analysis, network, targets, out: options.out, generatedBy: user },
            { formats, onProgress: (done, total) => shown.update(done, total) },
          );
          const told = packages.map(
            (entry) =>
              `${entry.folder}: ${entry.files.join(", ")}${entry.pdf ? "" : " (no PDF: Chromium not found)"}`,
          );
          return {
            user,
            clearance,
            written: packages.map((entry) => entry.folder),
            exported: targets,
            told,
          };
        },
        // Unknown ids fail before the analysis, not after it.
        (graph) => known(graph, ids),
      );
    },
  );
  for (const line of told) console.log(line);

  await auditAppend(options.dataDir, {
    user,
    action: "export",
    route: options.network ? "cli export --network" : "cli export",
    status: 200,
    query: {
      clearance: clearance ?? "all",
      format: options.format ?? null,
      out: options.out,
      written,
    },
    ids: exported,
  });
}

/** The entities within `depth` links of the ids, asked of the store at the user's clearance. */
async function neighbourhoodInStore(
  store: OpenStore,
  ids: string[],
  depth: number,
  clearance: Classification,
): Promise<EntityGraph> {
  const found = await neighbourhoodOf(store, ids, depth, { clearance });
  if (found.missing.length > 0) throw missingEntities(found.missing);
  if (found.truncated) console.warn(`the neighbourhood was cut at its entity limit`);
  return found.graph;
}

const missingEntities = (ids: string[]) =>
  new DataError(`no entity ${ids.join(", ")} visible in the store`);

function known(graph: EntityGraph, ids: string[]): void {
  const missing = ids.filter((id) => !graph.hasNode(id));
  if (missing.length > 0) throw missingEntities(missing);
}

function packageFormats(format: string | undefined): PackageFormat[] {
  if (format === undefined) return [...PACKAGE_FORMATS];
  const formats = format.split(",").map((item) => item.trim());
  for (const item of formats) {
    if (!(PACKAGE_FORMATS as readonly string[]).includes(item)) {
      throw new UsageError(
        `--format for target packages takes ${PACKAGE_FORMATS.join(",")}, got "${item}"`,
      );
    }
  }
  return formats as PackageFormat[];
}

function networkShape(options: ExportCommandOptions): NetworkGraph | undefined {
  if (options.graph === undefined) return undefined;
  if (!options.network || !(NETWORK_GRAPHS as readonly string[]).includes(options.graph))
    throw new UsageError(`--graph goes with --network and takes ${NETWORK_GRAPHS.join("|")}`);
  return options.graph as NetworkGraph;
}

function networkFormat(format: string | undefined): NetworkFormat {
  if (!format || !(NETWORK_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--network needs --format ${NETWORK_FORMATS.join("|")}`);
  }
  return format as NetworkFormat;
}
