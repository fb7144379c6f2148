/**
 * The memory store's file format, version 2: one NDJSON file,
 * `crosslink-store.ndjson`, whose first line is a header
 * `{"format":"crosslink-store","version":2,"nodes":N,"edges":M,"attributes":{...},"sources":{...}}`
 * followed by N entity lines `{"k":id,"d":digest,"a":attributes}` and M link
 * lines `{"k":key,"s":source,"t":target,"d":digest,"a":attributes}`, where
 * `d` is the record's content digest (../record-digest.ts). Version 1 (the
 * same lines without `d`) is still read, its digests computed as it is read;
 * the next import writes version 2. `sources` (optional) names, per dataset,
 * the digest of the files last imported under its name and how many records
 * they held (../unchanged-import.ts DatasetSources), and `counts` (optional) the
 * records per type: an import of the same files again is known unchanged,
 * and answered, from the header alone.
 *
 * Read and written a line at a time straight from and to the columns
 * (columns/column-graph.ts): the attributes' JSON text is kept as read, so a
 * record is parsed once on reading and never serialised again on writing.
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
import type { EntityAttributes, LinkAttributes } from "../../model/index.ts";
import { isProcessRunning } from "../../model/process-alive.ts";
import { recordDigest } from "../record-digest.ts";
import type { ProgressCallback, StoreCounts } from "../types.ts";
import { ColumnGraph } from "./columns/column-graph.ts";
import type { DatasetSources } from "../unchanged-import.ts";
import { ByteWriter } from "./byte-writer.ts";
import { byteLines } from "./byte-lines.ts";
import { readStoreLine } from "./store-line.ts";

export const STORE_FILE = "crosslink-store.ndjson";
export const STORE_FORMAT = "crosslink-store";
export const STORE_VERSION = 2;
/** The versions this Crosslink reads. */
const READABLE = [1, 2];

interface Header {
  format: string;
  version: number;
  nodes: number;
  edges: number;
  attributes: Record<string, unknown>;
  sources?: DatasetSources;
  /** Entities and links per type (absent in files written before it was added). */
  counts?: StoreCounts;
}

/** Lines between progress reports: a few a second even on a loaded machine. */
const PROGRESS_EVERY = 8192;

export async function saveGraph(
  graph: ColumnGraph,
  dataDir: string,
  onProgress?: ProgressCallback,
): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const target = join(dataDir, STORE_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  const file = await open(temporary, "w", 0o600);
  try {
    const out = new ByteWriter(file);
    const header: Header = {
      format: STORE_FORMAT,
      version: STORE_VERSION,
      nodes: graph.order,
      edges: graph.size,
      attributes: graph.attributes,
      sources: graph.datasetSources,
      counts: graph.counts(),
    };
    out.text(JSON.stringify(header) + "\n");
    const total = graph.order + graph.size;
    const { entities, links } = graph;
    for (let index = 0; index < total; index++) {
      if (index < graph.order) {
        out.text(entityPrefix(entities.keys.at(index), entities.digest(index)));
        entities.writeJson(index, out);
      } else {
        const link = index - graph.order;
        // The key's bytes are its JSON string body: written as they are.
        out.text('{"k":"');
        out.bytes(links.keys.bytes(link));
        out.text(`"${linkEnds(graph.sourceId(link), graph.targetId(link), links.digest(link))}`);
        links.writeJson(link, out);
      }
      out.text("}\n");
      if ((index + 1) % PROGRESS_EVERY === 0) onProgress?.(index + 1, total);
      if (out.full) await out.flush();
    }
    await out.flush();
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

/** A line up to its attributes, as saveGraph writes it (version 1 had no digest). */
const entityPrefix = (id: string, digest?: string) =>
  `{"k":${JSON.stringify(id)}${digest === undefined ? "" : `,"d":"${digest}"`},"a":`;
const linkPrefix = (key: string, source: string, target: string, digest?: string) =>
  `{"k":${JSON.stringify(key)}${linkEnds(source, target, digest)}`;
const linkEnds = (source: string, target: string, digest?: string) =>
  `,"s":${JSON.stringify(source)},"t":${JSON.stringify(target)}${digest === undefined ? "" : `,"d":"${digest}"`},"a":`;

export class StoreFileError extends Error {}

/**
 * Reads the store file back; undefined when the folder holds no store yet.
 * Lines are read as bytes and each record line goes into the columns as
 * store-line.ts cuts it up: its attribute bytes copied, never decoded.
 */
export async function readGraph(
  dataDir: string,
  onProgress?: ProgressCallback,
): Promise<ColumnGraph | undefined> {
  const path = join(dataDir, STORE_FILE);
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  let graph: ColumnGraph | undefined;
  let header: Header | undefined;
  let lineNumber = 0;
  try {
    for await (const lines of byteLines(handle)) {
      for (const line of lines) {
        lineNumber++;
        if (!header) {
          header = parseHeader(line.toString("utf8"), path);
          graph = new ColumnGraph(header.attributes);
          graph.datasetSources = header.sources ?? {};
          graph.reserve(header.nodes, header.edges);
          continue;
        }
        addLine(graph!, line, path, lineNumber);
        if (lineNumber % PROGRESS_EVERY === 0)
          onProgress?.(graph!.order + graph!.size, header.nodes + header.edges);
      }
    }
  } finally {
    await handle.close();
  }
  if (!header || !graph) throw new StoreFileError(`${path}: empty store file`);
  if (graph.order !== header.nodes || graph.size !== header.edges) {
    throw new StoreFileError(
      `${path}: incomplete store (${graph.order} of ${header.nodes} entities, ${graph.size} of ${header.edges} links); re-import the dataset`,
    );
  }
  return graph;
}

/** One record line into the columns: cut up as saveGraph wrote it, else parsed whole. */
function addLine(graph: ColumnGraph, line: Buffer, path: string, lineNumber: number): void {
  const read = readStoreLine(line);
  if (read === undefined) {
    const text = line.toString("utf8");
    addEntry(graph, text, parseEntry(text, path, lineNumber));
  } else if (read.source === undefined) {
    graph.addEntity(read.keyBytes, read.fields, read.json, read.digest);
  } else {
    graph.addLink(read.keyBytes, read.source, read.target!, read.fields, read.json, read.digest);
  }
}

/** What the store file's header says of the datasets' sources, read without the records; {} when there is no store. */
export async function readStoreSources(dataDir: string): Promise<DatasetSources> {
  return (await readStoreHeader(dataDir)).sources;
}

/**
 * The header alone: the datasets' sources and, in files written since it
 * was added, the records per type, so an unchanged re-import is answered
 * without reading a record ({} and no counts when there is no store).
 */
export async function readStoreHeader(
  dataDir: string,
): Promise<{ sources: DatasetSources; counts?: StoreCounts }> {
  const path = join(dataDir, STORE_FILE);
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { sources: {} };
    throw error;
  }
  try {
    for await (const line of handle.readLines()) {
      const header = parseHeader(line, path);
      return { sources: header.sources ?? {}, ...(header.counts && { counts: header.counts }) };
    }
    return { sources: {} };
  } finally {
    await handle.close();
  }
}

interface Entry {
  k: string;
  s?: string;
  t?: string;
  d?: string;
  a: EntityAttributes & LinkAttributes;
}

/**
 * One record parsed whole into the columns (a version 1 line, or one edited
 * by hand). Its attributes' text is cut out of the line when the line is as
 * saveGraph writes it, else serialised again.
 */
function addEntry(graph: ColumnGraph, line: string, entry: Entry): void {
  const prefix =
    entry.s === undefined
      ? entityPrefix(entry.k, entry.d)
      : linkPrefix(entry.k, entry.s, entry.t!, entry.d);
  const json =
    line.startsWith(prefix) && line.endsWith("}")
      ? line.slice(prefix.length, -1)
      : JSON.stringify(entry.a);
  const digest = entry.d ?? recordDigest(entry.a);
  if (entry.s === undefined) graph.addEntity(entry.k, entry.a, json, digest);
  else graph.addLink(entry.k, entry.s, entry.t!, entry.a, json, digest);
}

function parseEntry(line: string, path: string, lineNumber: number): Entry {
  try {
    return JSON.parse(line) as Entry;
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
  if (!READABLE.includes(header.version)) {
    throw new StoreFileError(
      `${path}: store format version ${header.version}; this Crosslink reads versions ${READABLE.join(" and ")}`,
    );
  }
  return header;
}
