/**
 * The file of one clearance level's stored analysis (`DATA_DIR/levels/LEVEL.v8`,
 * level-files.ts) and its only reader, laid out so that the server on Neo4j
 * holds a bounded part of it and seeks to the rest when a request asks:
 *
 * 1. the LevelAnalysis (level-analysis.ts) as a run of pieces
 *    (sliced-message.ts), each a 4-byte length and a V8 serialisation, the
 *    last `{ end: true }`; the pieces of one field two levels down (a
 *    section: `network`, `analysis.persons`) lie together;
 * 2. one V8 serialisation per id of a person or organisation (ActorEntry:
 *    its card, its record in the analysis, its ties and arcs), back to back;
 * 3. the index: the ids in entry order, where each entry starts, which ids
 *    are actors, and where each section's pieces lie;
 * 4. 16 bytes: the index's position and length (two little-endian doubles).
 *
 * Neither writing nor reading holds a buffer the size of the file; an entry
 * is read on its own with one positioned read, a section without the rest.
 */
import { close, fstat, open, read, readSync } from "node:fs";
import { open as openHandle, rename } from "node:fs/promises";
import { promisify } from "node:util";
import { deserialize, serialize } from "node:v8";
import type { ActorEntry } from "./actor-entry.ts";
import { piecesOf, placePiece, type Piece } from "./sliced-message.ts";

interface LevelIndex {
  ids: string[];
  /** Entry i lies at offsets[i] .. offsets[i + 1]. */
  offsets: Float64Array;
  /** 1 where the id has an analysis record (persons, organisations and their aliases). */
  actor: Uint8Array;
  /** Byte range of each section's pieces, in file order. */
  sections: [name: string, start: number, end: number][];
}

const FOOTER = 16;
const RECENT = 64;
const WRITE_CHUNK = 4 << 20;
const readAt = promisify(read);
const openAt = promisify(open);
const sizeOf = async (fd: number) => (await promisify(fstat)(fd)).size;
const sectionOf = (piece: Exclude<Piece, { end: true }>) => piece.path.slice(0, 2).join(".");

/** Writes `analysed` and the entries of its ids to `path` (a temporary file renamed over it once synced). */
export async function writeLevelFile(
  path: string,
  analysed: object,
  entries: Iterable<[string, ActorEntry]>,
): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const file = await openHandle(temporary, "w", 0o600);
  let position = 0;
  // Written a few megabytes at a time: an entry is a few kilobytes, and there is one per actor.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    await file.writev(pending);
    pending = [];
    pendingBytes = 0;
  };
  const write = async (bytes: Buffer) => {
    pending.push(bytes);
    pendingBytes += bytes.length;
    position += bytes.length;
    if (pendingBytes >= WRITE_CHUNK) await flush();
  };
  try {
    const sections: LevelIndex["sections"] = [];
    for (const piece of piecesOf(analysed)) {
      if (!("end" in piece)) {
        const name = sectionOf(piece);
        if (sections.at(-1)?.[0] !== name) sections.push([name, position, position]);
      }
      const body = serialize(piece);
      const head = Buffer.alloc(4);
      head.writeUInt32LE(body.length);
      await write(head);
      await write(body);
      if (!("end" in piece)) sections.at(-1)![2] = position;
    }
    const ids: string[] = [];
    const offsets: number[] = [];
    const actor: number[] = [];
    for (const [id, entry] of entries) {
      ids.push(id);
      offsets.push(position);
      actor.push(entry.actor ? 1 : 0);
      await write(serialize(entry));
    }
    offsets.push(position);
    const index = serialize({
      ids,
      offsets: Float64Array.from(offsets),
      actor: Uint8Array.from(actor),
      sections,
    } satisfies LevelIndex);
    const footer = Buffer.alloc(FOOTER);
    footer.writeDoubleLE(position, 0);
    footer.writeDoubleLE(index.length, 8);
    await write(index);
    await write(footer);
    await flush();
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
}

/** Closes the descriptor of a level file nobody holds any more (a request may still read a dropped level). */
const closing = new FinalizationRegistry<number>((fd) => close(fd, () => undefined));

/**
 * An open level file: its index held, entries and sections read when asked.
 * The descriptor stays open while the object lives, so a file written over
 * it meanwhile (a new analysis renamed into place) never mixes with it.
 */
export class LevelFile {
  private readonly entryOf: Map<string, number>;
  /** The entries read last: a route asks one actor's record, card, ties and arcs in turn. */
  private readonly recent = new Map<string, ActorEntry>();

  private constructor(
    private readonly path: string,
    private readonly fd: number,
    private readonly index: LevelIndex,
  ) {
    this.entryOf = new Map(index.ids.map((id, i) => [id, i]));
    closing.register(this, fd);
  }

  /** An error names the file when it is cut or not a level file. */
  static async open(path: string): Promise<LevelFile> {
    const fd = await openAt(path, "r");
    try {
      const footer = await readExactly(fd, path, (await sizeOf(fd)) - FOOTER, FOOTER);
      const at = footer.readDoubleLE(0);
      const index = deserialize(await readExactly(fd, path, at, footer.readDoubleLE(8)));
      return new LevelFile(path, fd, index as LevelIndex);
    } catch (error) {
      close(fd, () => undefined);
      throw error;
    }
  }

  /** How many ids have an analysis record. */
  get actors(): number {
    return this.index.actor.reduce((sum, flag) => sum + flag, 0);
  }

  /** The ids with an analysis record, in entry order. */
  actorIds(): string[] {
    return this.index.ids.filter((_id, i) => this.index.actor[i] === 1);
  }

  /** The entry of `id` (one positioned read, unless read lately); undefined for an id without one. */
  entry(id: string): ActorEntry | undefined {
    const kept = this.recent.get(id);
    if (kept) return kept;
    const i = this.entryOf.get(id);
    if (i === undefined) return undefined;
    const start = this.index.offsets[i]!;
    const bytes = Buffer.alloc(this.index.offsets[i + 1]! - start);
    if (readSync(this.fd, bytes, 0, bytes.length, start) < bytes.length) {
      throw new Error(`${this.path}: an entry is cut short`);
    }
    const entry = deserialize(bytes) as ActorEntry;
    this.recent.set(id, entry);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
    return entry;
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
        const head = await readExactly(this.fd, this.path, position, 4);
        const body = await readExactly(this.fd, this.path, position + 4, head.readUInt32LE(0));
        position += 4 + body.length;
        const piece = deserialize(body) as Exclude<Piece, { end: true }>;
        if ("same" in piece && !isRead(root, piece.same)) continue;
        placePiece(root, piece);
      }
    }
    return root;
  }
}

const isRead = (root: Record<string, unknown>, path: string[]) =>
  path.reduce<unknown>(
    (node, key) => (node as Record<string, unknown> | undefined)?.[key],
    root,
  ) !== undefined;

/** `length` bytes at `position`; an error names the file when they are not all there. */
async function readExactly(
  fd: number,
  path: string,
  position: number,
  length: number,
): Promise<Buffer> {
  const bytes = Buffer.alloc(length);
  const { bytesRead } =
    position >= 0 ? await readAt(fd, bytes, 0, length, position) : { bytesRead: 0 };
  if (bytesRead < length) throw new Error(`${path}: the file is cut short or not a level file`);
  return bytes;
}
