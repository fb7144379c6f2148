/**
 * The file of one clearance level's stored analysis (`DATA_DIR/levels/LEVEL.v8`,
 * level-files.ts; written by level-file-writer.ts) and its only reader, laid
 * out so that the server on Neo4j holds a bounded part of it and seeks to the
 * rest when a request asks:
 *
 * 1. the LevelAnalysis (level-analysis.ts) as a run of pieces
 *    (sliced-message.ts), each a 4-byte length and a V8 serialisation, the
 *    last `{ end: true }`; the pieces of one field two levels down (a
 *    section: `network`, `analysis.communities`) lie together; the actors'
 *    records (`analysis.persons`, `analysis.organisations`) are not there
 *    but read back from the entries, which hold them;
 * 2. every tie of the person network with its evidence, once, then every arc
 *    of the directed network, once: each a V8 serialisation of a short array
 *    (level-file-records.ts), back to back;
 * 3. one V8 serialisation per id of a person or organisation (StoredEntry:
 *    its card, its record in the analysis, and where its ties and arcs lie
 *    in 2), back to back;
 * 4. the index: the ids in entry order, where each entry starts, which ids
 *    are actors, and where each section's pieces lie;
 * 5. 16 bytes: the index's position and length (two little-endian doubles).
 *
 * Neither writing nor reading holds a buffer the size of the file; an entry
 * is read on its own with one positioned read, then its ties and arcs with a
 * read per run of them that lie close together; a section without the rest.
 */
import { readSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { deserialize } from "node:v8";
import type { ActorRecord } from "../../engine/analytics/index.ts";
import type { Arc, Tie } from "../../engine/export/person-ties.ts";
import type { ActorCard } from "./actor-entry.ts";
import {
  arcOfRow,
  endsOf,
  tieOfRow,
  type ArcRow,
  type Ends,
  type TieRow,
} from "./level-file-records.ts";
import { placePiece, type Piece } from "./sliced-message.ts";

export interface LevelIndex {
  ids: string[];
  /** Entry i lies at offsets[i] .. offsets[i + 1]. */
  offsets: Float64Array;
  /** 1 where the id has an analysis record (persons, organisations and their aliases). */
  actor: Uint8Array;
  /** Byte range of each section's pieces, in file order. */
  sections: [name: string, start: number, end: number][];
  /** Where the tie table and the arc table start (an entry's ranges count from there). */
  tables: { ties: number; arcs: number };
  /** How many of the actors' records are persons (the rest organisations), in entry order. */
  persons: number;
}

/** The sections of the analysis read back from the entries, not written twice. */
export const ENTRY_TABLES = ["analysis.persons", "analysis.organisations"] as const;

/**
 * What the file holds per id: its ties and arcs as [start, end) byte ranges
 * from the start of their table, in the order the routes list them.
 */
export interface StoredEntry {
  card?: ActorCard;
  actor?: ActorRecord;
  ties?: Uint32Array;
  out?: Uint32Array;
  in?: Uint32Array;
}

/** An entry as read, with its ties and arcs once asked. */
interface Kept {
  stored: StoredEntry;
  ties?: Tie[];
  out?: Arc[];
  in?: Arc[];
}

export const FOOTER = 16;
const RECENT = 64;
/** Ties or arcs this close together are read in one go. */
const GAP = 16 << 10;
/** Entries read at a time when every actor's record is asked. */
const ENTRIES_CHUNK = 4 << 20;

/** Closes the file of a level nobody holds any more (a request may still read a dropped level). */
const closing = new FinalizationRegistry<FileHandle>(
  (file) => void file.close().catch(() => undefined),
);

/**
 * An open level file: its index held, entries and sections read when asked.
 * The file stays open while the object lives, so a file written over it
 * meanwhile (a new analysis renamed into place) never mixes with it.
 */
export class LevelFile {
  private readonly entryOf: Map<string, number>;
  private readonly ends: Ends;
  /** How many ids have an analysis record. */
  readonly actors: number;
  /** The entries read last: a route asks one actor's record, card, ties and arcs in turn. */
  private readonly recent = new Map<string, Kept>();

  private constructor(
    private readonly path: string,
    private readonly file: FileHandle,
    private readonly index: LevelIndex,
  ) {
    this.entryOf = new Map(index.ids.map((id, i) => [id, i]));
    this.ends = endsOf(index.ids, this.entryOf);
    this.actors = index.actor.reduce((sum, flag) => sum + flag, 0);
    closing.register(this, file);
  }

  /** An error names the file when it is cut or not a level file. */
  static async open(path: string): Promise<LevelFile> {
    const file = await open(path, "r");
    try {
      const footer = await readExactly(file, path, (await file.stat()).size - FOOTER, FOOTER);
      const at = footer.readDoubleLE(0);
      const index = deserialize(await readExactly(file, path, at, footer.readDoubleLE(8)));
      return new LevelFile(path, file, index as LevelIndex);
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  /** The ids with an analysis record, in entry order. */
  actorIds(): string[] {
    return this.index.ids.filter((_id, i) => this.index.actor[i] === 1);
  }

  /** The card and record of `id` (one positioned read, unless read lately); undefined for an id without an entry. */
  entry(id: string): Pick<StoredEntry, "card" | "actor"> | undefined {
    return this.kept(id)?.stored;
  }

  /** The ties of actor `id`, heaviest first: one read per run of them lying close together, unless read lately. */
  ties(id: string): Tie[] | undefined {
    const kept = this.kept(id);
    const ranges = kept?.stored.ties;
    if (!kept || !ranges) return undefined;
    return (kept.ties ??= this.rows<TieRow>(ranges, this.index.tables.ties).map((row) =>
      tieOfRow(row, this.ends),
    ));
  }

  /** The arcs of actor `id` from it (`out`) or to it (`in`), read as its ties are. */
  arcs(id: string, side: "out" | "in"): Arc[] | undefined {
    const kept = this.kept(id);
    const ranges = kept?.stored[side];
    if (!kept || !ranges) return undefined;
    return (kept[side] ??= this.rows<ArcRow>(ranges, this.index.tables.arcs).map((row) =>
      arcOfRow(row, this.ends),
    ));
  }

  /**
   * The entry of `id` as read lately, else read now. Read synchronously: the
   * routes look an actor up by id without waiting (the Lookup of
   * engine/export). Its ties and arcs are read only when asked: a
   * community's members are looked up for their records alone.
   */
  private kept(id: string): Kept | undefined {
    const kept = this.recent.get(id);
    if (kept) return kept;
    const i = this.entryOf.get(id);
    if (i === undefined) return undefined;
    const { offsets } = this.index;
    const fresh: Kept = {
      stored: deserialize(this.bytesAt(offsets[i]!, offsets[i + 1]!)) as StoredEntry,
    };
    this.recent.set(id, fresh);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
    return fresh;
  }

  /**
   * The records at `ranges` ([start, end) pairs from `base`), in their
   * order; one read per run of them less than GAP apart.
   */
  private rows<T>(ranges: Uint32Array, base: number): T[] {
    const count = ranges.length / 2;
    const order = Array.from({ length: count }, (_, i) => i).sort(
      (x, y) => ranges[2 * x]! - ranges[2 * y]!,
    );
    const rows = new Array<T>(count);
    for (let first = 0; first < count;) {
      let last = first;
      let end = ranges[2 * order[first]! + 1]!;
      while (last + 1 < count && ranges[2 * order[last + 1]!]! - end < GAP) {
        last++;
        end = Math.max(end, ranges[2 * order[last]! + 1]!);
      }
      const start = ranges[2 * order[first]!]!;
      const bytes = this.bytesAt(base + start, base + end);
      for (let k = first; k <= last; k++) {
        const i = order[k]!;
        rows[i] = deserialize(
          bytes.subarray(ranges[2 * i]! - start, ranges[2 * i + 1]! - start),
        ) as T;
      }
      first = last + 1;
    }
    return rows;
  }

  private bytesAt(start: number, end: number): Buffer {
    const bytes = Buffer.alloc(end - start);
    if (readSync(this.file.fd, bytes, 0, bytes.length, start) < bytes.length) {
      throw new Error(`${this.path}: an entry is cut short`);
    }
    return bytes;
  }

  /**
   * The analysis with only the sections `wanted` names (and the containers
   * they sit in) read; a field met twice (`directed.network`) is there only
   * when its first place was read too.
   */
  async read(wanted: (section: string) => boolean): Promise<Record<string, unknown>> {
    const root: Record<string, unknown> = {};
    const names = this.index.sections.map(([name]) => name);
    for (const [name, start, end] of this.index.sections) {
      const container = names.some((other) => other.startsWith(`${name}.`) && wanted(other));
      if (!wanted(name) && !container) continue;
      for (let position = start; position < end;) {
        const head = await readExactly(this.file, this.path, position, 4);
        const body = await readExactly(this.file, this.path, position + 4, head.readUInt32LE(0));
        position += 4 + body.length;
        const piece = deserialize(body) as Exclude<Piece, { end: true }>;
        if ("same" in piece && !isRead(root, piece.same)) continue;
        placePiece(root, piece);
      }
    }
    if (ENTRY_TABLES.some(wanted)) {
      const records = await this.actorRecords();
      const analysis = (root.analysis ??= {}) as Record<string, unknown>;
      analysis.persons = records.slice(0, this.index.persons);
      analysis.organisations = records.slice(this.index.persons);
    }
    return root;
  }

  /** The record of every actor (not its aliases), in the analysis's order: persons, then organisations. */
  private async actorRecords(): Promise<ActorRecord[]> {
    const { ids, offsets, actor } = this.index;
    const records: ActorRecord[] = [];
    for (let first = 0; first < ids.length;) {
      let end = first + 1;
      while (end < ids.length && offsets[end + 1]! - offsets[first]! <= ENTRIES_CHUNK) end++;
      const start = offsets[first]!;
      const bytes = await readExactly(this.file, this.path, start, offsets[end]! - start);
      for (let i = first; i < end; i++) {
        if (actor[i] !== 1) continue;
        const entry = deserialize(
          bytes.subarray(offsets[i]! - start, offsets[i + 1]! - start),
        ) as StoredEntry;
        if (entry.actor!.id === ids[i]) records.push(entry.actor!);
      }
      first = end;
    }
    return records;
  }
}

const isRead = (root: Record<string, unknown>, path: string[]) =>
  path.reduce<unknown>(
    (node, key) => (node as Record<string, unknown> | undefined)?.[key],
    root,
  ) !== undefined;

/** `length` bytes at `position`; an error names the file when they are not all there. */
async function readExactly(
  file: FileHandle,
  path: string,
  position: number,
  length: number,
): Promise<Buffer> {
  const bytes = Buffer.alloc(length);
  const { bytesRead } =
    position >= 0 ? await file.read(bytes, 0, length, position) : { bytesRead: 0 };
  if (bytesRead < length) throw new Error(`${path}: the file is cut short or not a level file`);
  return bytes;
}
