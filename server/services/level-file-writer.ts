/**
 * Writes one clearance level's file (its layout: level-file.ts) from the
 * level's analysis: the analysis's pieces, then every tie of the person
 * network once and every arc of the directed network once, then an entry per
 * person and organisation naming where its ties and arcs lie, then the
 * index. A tie was written at both its ends before (each with its
 * evidence), which made the file ten times the analysis.
 *
 * Nothing the size of the file is held: the output goes out a few megabytes
 * at a time, into a temporary file renamed over the old one once synced.
 */
import { open, rename, type FileHandle } from "node:fs/promises";
import { serialize } from "node:v8";
import { actorTieNumbers } from "../../engine/analytics/index.ts";
import { analysisLookups } from "../../engine/export/index.ts";
import { arcsByActor, tieAt } from "../../engine/export/person-ties.ts";
import { actorKeys, type LevelAnalysis } from "./level-analysis.ts";
import { ENTRY_TABLES, FOOTER, type LevelIndex, type StoredEntry } from "./level-file.ts";
import { arcRow, endsOf, tieRow, type Ends } from "./level-file-records.ts";
import { piecesOf, type Piece } from "./sliced-message.ts";

const WRITE_CHUNK = 4 << 20;
const sectionOf = (piece: Exclude<Piece, { end: true }>) => piece.path.slice(0, 2).join(".");

export async function writeLevelFile(path: string, analysed: LevelAnalysis): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const output = new Output(await open(temporary, "w", 0o600));
  try {
    const sections = await writeSections(output, analysed);
    const ids = entryIds(analysed);
    const ends = endsOf(ids, new Map(ids.map((id, i) => [id, i])));
    const ties = await writeTies(output, analysed, ends);
    const arcs = await writeArcs(output, analysed, ends);
    const { offsets, actor } = await writeEntries(output, analysed, ids, ties, arcs);
    const at = output.position;
    const tables = { ties: ties[0]!, arcs: arcs[0]! };
    const persons = analysed.analysis.persons.length;
    const index = serialize({
      ids,
      offsets,
      actor,
      sections,
      tables,
      persons,
    } satisfies LevelIndex);
    const footer = Buffer.alloc(FOOTER);
    footer.writeDoubleLE(at, 0);
    footer.writeDoubleLE(index.length, 8);
    await output.write(index);
    await output.write(footer);
    await output.flush();
    await output.file.sync();
  } finally {
    await output.file.close();
  }
  await rename(temporary, path);
}

/** A file written in chunks of a few megabytes: an entry, a tie or an arc is a few dozen bytes. */
class Output {
  position = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(readonly file: FileHandle) {}

  async write(bytes: Buffer): Promise<void> {
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.position += bytes.length;
    if (this.pendingBytes >= WRITE_CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    await this.file.writev(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/**
 * The analysis as pieces (sliced-message.ts), each a 4-byte length and its
 * serialisation, but for the actors' records, which the entries hold; where
 * each section's pieces lie.
 */
async function writeSections(output: Output, analysed: LevelAnalysis) {
  const sections: LevelIndex["sections"] = [];
  for (const piece of piecesOf(analysed)) {
    if (!("end" in piece)) {
      const name = sectionOf(piece);
      if ((ENTRY_TABLES as readonly string[]).includes(name)) continue;
      if (sections.at(-1)?.[0] !== name) sections.push([name, output.position, output.position]);
    }
    const body = serialize(piece);
    const head = Buffer.alloc(4);
    head.writeUInt32LE(body.length);
    await output.write(head);
    await output.write(body);
    if (!("end" in piece)) sections.at(-1)![2] = output.position;
  }
  return sections;
}

/** The ids with an entry: each actor, then the aliases accepted as it, then the ids with a card only. */
function entryIds(analysed: LevelAnalysis): string[] {
  const actors = new Set(actorKeys(analysed.analysis));
  return [...actors, ...[...analysed.cards.keys()].filter((id) => !actors.has(id))];
}

/** Tie t of the person network lies at positions[t] .. positions[t + 1]. */
async function writeTies(output: Output, { network }: LevelAnalysis, ends: Ends) {
  const positions = new Float64Array(network.ties.count + 1);
  for (let t = 0; t < network.ties.count; t++) {
    positions[t] = output.position;
    await output.write(serialize(tieRow(tieAt(network, t), ends)));
  }
  positions[network.ties.count] = output.position;
  return withinReach(positions, "tie");
}

/** An entry names a tie or arc by 32-bit positions from its table's start. */
function withinReach(positions: Float64Array, what: string) {
  if (positions.at(-1)! - positions[0]! >= 2 ** 32) {
    throw new Error(`a level's ${what} table passes 4 GiB, past what its entries can name`);
  }
  return positions;
}

/** Arc k of the directed network (position k of its out-index) lies at positions[k] .. positions[k + 1]. */
async function writeArcs(output: Output, { directed }: LevelAnalysis, ends: Ends) {
  const { csr } = directed;
  const positions = new Float64Array(csr.arcCount + 1);
  const { out } = arcsByActor(directed);
  let k = 0;
  for (const id of csr.ids) {
    for (const arc of out.get(id)!) {
      positions[k++] = output.position;
      await output.write(serialize(arcRow(arc, ends)));
    }
  }
  positions[k] = output.position;
  return withinReach(positions, "arc");
}

/** Where the records numbered `numbers` lie in their table, as [start, end) pairs from the table's start. */
function rangesOf(numbers: Iterable<number>, positions: Float64Array): Uint32Array {
  const ranges: number[] = [];
  for (const n of numbers)
    ranges.push(positions[n]! - positions[0]!, positions[n + 1]! - positions[0]!);
  return Uint32Array.from(ranges);
}

function* range(from: number, to: number) {
  for (let i = from; i < to; i++) yield i;
}

async function writeEntries(
  output: Output,
  analysed: LevelAnalysis,
  ids: readonly string[],
  ties: Float64Array,
  arcs: Float64Array,
) {
  const { network, directed, cards } = analysed;
  const { person } = analysisLookups(analysed);
  const node = new Map(network.csr.ids.map((id, v) => [id, v]));
  const { csr } = directed;
  const directedNode = new Map(csr.ids.map((id, v) => [id, v]));
  const offsets = new Float64Array(ids.length + 1);
  const actor = new Uint8Array(ids.length);
  for (const [i, id] of ids.entries()) {
    offsets[i] = output.position;
    const card = cards.get(id);
    const record = person.get(id);
    actor[i] = record ? 1 : 0;
    const v = node.get(id);
    const w = directedNode.get(id);
    const entry: StoredEntry = {
      ...(card && { card }),
      ...(record && { actor: record }),
      ...(v !== undefined && { ties: rangesOf(actorTieNumbers(network, v), ties) }),
      ...(v !== undefined &&
        w !== undefined && {
          out: rangesOf(range(csr.out.offsets[w]!, csr.out.offsets[w + 1]!), arcs),
          in: rangesOf(
            [...range(csr.in.offsets[w]!, csr.in.offsets[w + 1]!)].map((k) => csr.inArc[k]!),
            arcs,
          ),
        }),
    };
    await output.write(serialize(entry));
  }
  offsets[ids.length] = output.position;
  return { offsets, actor };
}
