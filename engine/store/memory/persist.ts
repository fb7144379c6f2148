/**
 * The memory store's file format, version 1: one NDJSON file,
 * `crosslink-store.ndjson`, whose first line is a header
 * `{"format":"crosslink-store","version":1,"nodes":N,"edges":M,"attributes":{...}}`
 * followed by N node lines `{"k":key,"a":attributes}` and M edge lines
 * `{"k":key,"s":source,"t":target,"a":attributes}`.
 *
 * Written atomically: a temporary file in the same folder, fsync, rename over
 * the old one, fsync of the folder. A crash at any point leaves either the old
 * store or the new one, never a mixture; the counts in the header catch a
 * truncated file all the same. The temporary files of writers that died are
 * removed when a store is opened (removeStaleTemporaries), and every file is
 * readable by its owner only.
 */

import { mkdir, open, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createEntityGraph, type EntityGraph } from "../../model/index.ts";
import { isProcessRunning } from "../../model/process-alive.ts";
import type { ProgressCallback } from "../types.ts";

export const STORE_FILE = "crosslink-store.ndjson";
export const STORE_FORMAT = "crosslink-store";
export const STORE_VERSION = 1;

interface Header {
  format: string;
  version: number;
  nodes: number;
  edges: number;
  attributes: Record<string, unknown>;
}

const WRITE_CHUNK = 1 << 20;
/** Lines between progress reports: a few a second even on a loaded machine. */
const PROGRESS_EVERY = 8192;

export async function saveGraph(
  graph: EntityGraph,
  dataDir: string,
  onProgress?: ProgressCallback,
): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const target = join(dataDir, STORE_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  const file = await open(temporary, "w", 0o600);
  try {
    // Lines are built as text around each attribute object's JSON (the same
    // bytes as stringifying a wrapper object) and written a megabyte at a time.
    let buffer = "";
    const header: Header = {
      format: STORE_FORMAT,
      version: STORE_VERSION,
      nodes: graph.order,
      edges: graph.size,
      attributes: graph.getAttributes(),
    };
    buffer += JSON.stringify(header) + "\n";
    const total = graph.order + graph.size;
    let done = 0;
    for (const { node, attributes } of graph.nodeEntries()) {
      buffer += `{"k":${JSON.stringify(node)},"a":${JSON.stringify(attributes)}}\n`;
      if (++done % PROGRESS_EVERY === 0) onProgress?.(done, total);
      if (buffer.length >= WRITE_CHUNK) {
        await file.write(buffer);
        buffer = "";
      }
    }
    for (const { edge, source, target: to, attributes } of graph.edgeEntries()) {
      buffer += `{"k":${JSON.stringify(edge)},"s":${JSON.stringify(source)},"t":${JSON.stringify(to)},"a":${JSON.stringify(attributes)}}\n`;
      if (++done % PROGRESS_EVERY === 0) onProgress?.(done, total);
      if (buffer.length >= WRITE_CHUNK) {
        await file.write(buffer);
        buffer = "";
      }
    }
    await file.write(buffer);
    await file.sync();
    onProgress?.(total, total);
  } catch (error) {
    await file.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await file.close();
  await rename(temporary, target);
  const folder = await open(dataDir, "r");
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

export class StoreFileError extends Error {}

/** Reads the store file back; undefined when the folder holds no store yet. */
export async function readGraph(
  dataDir: string,
  onProgress?: ProgressCallback,
): Promise<EntityGraph | undefined> {
  const path = join(dataDir, STORE_FILE);
  let stream;
  try {
    const handle = await open(path, "r");
    stream = handle.createReadStream();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const graph = createEntityGraph();
  let header: Header | undefined;
  let nodes = 0;
  let edges = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!header) {
      header = parseHeader(line, path);
      graph.replaceAttributes(header.attributes);
      continue;
    }
    const entry = parseEntry(line, path, lineNumber);
    if (entry.s === undefined) {
      graph.addNode(entry.k, entry.a);
      nodes++;
    } else {
      graph.addDirectedEdgeWithKey(entry.k, entry.s, entry.t!, entry.a);
      edges++;
    }
    if (lineNumber % PROGRESS_EVERY === 0) onProgress?.(nodes + edges, header.nodes + header.edges);
  }
  if (!header) throw new StoreFileError(`${path}: empty store file`);
  if (nodes !== header.nodes || edges !== header.edges) {
    throw new StoreFileError(
      `${path}: incomplete store (${nodes} of ${header.nodes} entities, ${edges} of ${header.edges} links); re-import the dataset`,
    );
  }
  return graph;
}

function parseEntry(
  line: string,
  path: string,
  lineNumber: number,
): { k: string; s?: string; t?: string; a: never } {
  try {
    return JSON.parse(line) as { k: string; s?: string; t?: string; a: never };
  } catch {
    throw new StoreFileError(
      `${path}:${lineNumber}: damaged line (the file was cut or changed); re-import the dataset`,
    );
  }
}

/** `NAME.PID.tmp`: what saveGraph, the users file, the audit anchor and analyze write first. */
const TEMPORARY = /^.+\.(\d+)\.tmp$/;

/**
 * Removes the temporary files of writers that are no longer running (an
 * import killed halfway leaves hundreds of megabytes); a running writer's
 * file is left alone.
 */
export async function removeStaleTemporaries(dataDir: string): Promise<string[]> {
  const names = await readdir(dataDir).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const pid = Number(TEMPORARY.exec(name)?.[1] ?? NaN);
    return Number.isInteger(pid) && pid !== process.pid && !isProcessRunning(pid);
  });
  await Promise.all(stale.map((name) => rm(join(dataDir, name), { force: true })));
  return stale;
}

function parseHeader(line: string, path: string): Header {
  let header: Header;
  try {
    header = JSON.parse(line) as Header;
  } catch {
    throw new StoreFileError(`${path}: not a Crosslink store file`);
  }
  if (header.format !== STORE_FORMAT)
    throw new StoreFileError(`${path}: not a Crosslink store file`);
  if (header.version !== STORE_VERSION) {
    throw new StoreFileError(
      `${path}: store format version ${header.version}; this Crosslink reads version ${STORE_VERSION}`,
    );
  }
  return header;
}
