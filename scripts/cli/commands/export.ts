/**
 * `crosslink export`: target packages (`--top N` or ids) or, with
 * `--network`, the whole network or the neighbourhood of ids as GEXF,
 * GraphML, FollowTheMoney NDJSON or CSV lists. With `--as USER` (or
 * `--clearance LEVEL`) the export holds only what that clearance may see:
 * the store's graph is cut to the server's clearance view and the analysis
 * recomputed on it, so nothing derived from hidden records gets in. Every
 * export is a line in the data folder's audit log.
 */
import { userInfo } from "node:os";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { analyze } from "../../../engine/analytics/index.ts";
import {
  buildTargetPackage,
  exportNetwork,
  neighbourhood,
  NETWORK_FORMATS,
  PACKAGE_FORMATS,
  topTargets,
  type NetworkFormat,
  type PackageFormat,
} from "../../../engine/export/index.ts";
import {
  CLASSIFICATIONS,
  type Classification,
  type EntityGraph,
} from "../../../engine/model/index.ts";
import {
  AuditLog,
  auditFileOf,
  clearanceView,
  UserFile,
  usersFileOf,
} from "../../../engine/access/index.ts";
import { DataError, UsageError } from "../errors.ts";
import { openStore, storeIsEmpty, storeName, type StoreOptions } from "../open-store.ts";

export interface ExportCommandOptions extends StoreOptions {
  top?: number;
  out: string;
  format?: string;
  as?: string;
  clearance?: string;
  network?: boolean;
  depth: number;
  seed?: number;
}

export async function run(ids: string[], options: ExportCommandOptions): Promise<void> {
  const store = await openStore(options);
  if (await storeIsEmpty(store)) {
    throw new DataError(`the store (${storeName(options)}) is empty: import a dataset first`);
  }
  const { user, clearance } = await whoExports(options);
  const full = await store.loadGraph();
  await store.close();
  const graph = clearance ? clearanceView(full, clearance) : full;
  const analysis = analyze(graph, options.seed === undefined ? {} : { seed: options.seed });

  let written: string[];
  let exported: string[];
  if (options.network) {
    const format = networkFormat(options.format);
    const scope = ids.length > 0 ? neighbourhood(graph, known(graph, ids), options.depth) : graph;
    await mkdir(dirname(options.out), { recursive: true });
    written = await exportNetwork({ graph: scope, analysis, format, out: options.out });
    exported = ids;
    console.log(
      `wrote ${scope.order} entities and ${scope.size} links as ${format}: ${written.join(", ")}`,
    );
  } else {
    if (ids.length === 0 && options.top === undefined)
      throw new UsageError("name target ids or give --top N");
    const targets = ids.length > 0 ? known(graph, ids) : topTargets(analysis, options.top!);
    const packages = await buildTargetPackage(
      { graph, analysis, targets, out: options.out, generatedBy: user },
      { formats: packageFormats(options.format) },
    );
    written = packages.map((entry) => entry.folder);
    exported = targets;
    for (const entry of packages) {
      console.log(
        `${entry.folder}: ${entry.files.join(", ")}${entry.pdf ? "" : " (no PDF: Chromium not found)"}`,
      );
    }
  }

  const audit = await AuditLog.open(auditFileOf(options.dataDir));
  try {
    await audit.append({
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
  } finally {
    await audit.close();
  }
}

/** The user named with --as and their clearance, or the shell user with --clearance (or everything). */
async function whoExports(
  options: ExportCommandOptions,
): Promise<{ user: string; clearance?: Classification }> {
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

function known(graph: EntityGraph, ids: string[]): string[] {
  const missing = ids.filter((id) => !graph.hasNode(id));
  if (missing.length > 0)
    throw new DataError(`no entity ${missing.join(", ")} visible in the store`);
  return ids;
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

function networkFormat(format: string | undefined): NetworkFormat {
  if (!format || !(NETWORK_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--network needs --format ${NETWORK_FORMATS.join("|")}`);
  }
  return format as NetworkFormat;
}
