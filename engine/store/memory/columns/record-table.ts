/**
 * One kind of record (entities, or links) of the embedded store as columns:
 * keys (record-keys.ts); type, classification rank, provenance and content
 * digest in typed arrays; the attributes as their JSON text in a byte slab,
 * parsed only when a query or an export reads the record, with the
 * provenance's text cut out of it while it is held (provenance-text.ts). Row
 * i of every column is record i, in the order the records were added.
 */
import { CLASSIFICATIONS, classificationRank, type Classification } from "../../../model/index.ts";
import { ByteSlab, growableF64, growableU32, growableU8 } from "./growable.ts";
import type { Interner } from "./interner.ts";
import type { RecordKeys } from "./record-keys.ts";
import { ProvenanceText } from "./provenance-text.ts";

/** What the table reads out of a record's attributes into columns. */
export interface RecordFields {
  type: string;
  classification: Classification;
  provenance_dataset?: string;
  provenance_file: string;
  provenance_line?: number;
}

const DIGEST_BYTES = 16;
/** Dataset code of a record read without a dataset name. */
const NO_DATASET = 0xffffffff;
/** Cut offset of a text that holds its provenance as it was read. */
const NOT_CUT = 0xffffffff;

/** Where a record's attribute bytes go (the store file's writer). */
export interface ByteSink {
  bytes(bytes: Uint8Array): void;
  text(text: string): void;
}

export class RecordTable<A extends RecordFields, K extends RecordKeys = RecordKeys> {
  private readonly typeCode = growableU32();
  private readonly rankCode = growableU8();
  private readonly datasetCode = growableU32();
  private readonly fileCode = growableU32();
  /** Line + 1; 0 when the record carries no line. */
  private readonly lineColumn = growableU32();
  private readonly digests = growableU8();
  private readonly textStart = growableF64();
  private readonly textLength = growableU32();
  /** Byte offset in the kept text where the provenance was cut out, or NOT_CUT. */
  private readonly cutAt = growableU32();
  private readonly texts = new ByteSlab();
  private readonly provenanceText: ProvenanceText;

  constructor(
    private readonly strings: Interner,
    readonly keys: K,
  ) {
    this.provenanceText = new ProvenanceText(strings);
  }

  get count(): number {
    return this.keys.length;
  }

  /** Every record's key as a read-only array (the analytics read the link keys of their evidence by number). */
  get ids(): readonly string[] {
    return this.keys.view();
  }

  /**
   * Adds a record: its key (a string, or its JSON string body's bytes), the
   * fields its columns hold (its parsed attributes, or those fields alone),
   * its attributes' JSON text (or its UTF-8 bytes) and its content digest
   * (base64 of 16 bytes, or the bytes).
   */
  add(
    id: string | Uint8Array,
    fields: RecordFields,
    json: string | Uint8Array,
    digest: string | Uint8Array,
  ): number {
    const { start, length } = this.texts.append(json);
    const bytes = typeof digest === "string" ? Buffer.from(digest, "base64") : digest;
    return this.addColumns(id, fields, start, length, bytes);
  }

  /**
   * Adds a record whose text was made without its provenance (an import's:
   * the same text as add cuts it to), the provenance going back before the
   * last `tail` bytes (the extra columns and merged ids that follow it).
   * `fields` must name the dataset, file and line.
   */
  addWithoutProvenance(
    id: string | Uint8Array,
    fields: RecordFields,
    json: string,
    tail: number,
    digest: Uint8Array,
  ): number {
    const { start, length } = this.texts.append(json);
    return this.addColumns(id, fields, start, length, digest, length - 1 - tail);
  }

  /** Cuts the provenance's text out of the text just appended; its length after. */
  private cut(start: number, length: number, dataset: number, file: number, line: number): number {
    const found =
      dataset === NO_DATASET || line === 0
        ? undefined
        : this.provenanceText.find(this.texts.bytes(start, length), dataset, file, line - 1);
    if (found === undefined) {
      this.cutAt.push(NOT_CUT);
      return length;
    }
    this.texts.removeFromLast(start, length, found.at, found.length);
    this.cutAt.push(found.at);
    return length - found.length;
  }

  /** Makes room for `count` records in all (a store file's header says how many). */
  reserve(count: number): void {
    for (const column of [this.typeCode, this.datasetCode, this.fileCode, this.lineColumn])
      column.reserve(count);
    this.keys.reserve(count);
    this.rankCode.reserve(count);
    this.digests.reserve(count * DIGEST_BYTES);
    this.textStart.reserve(count);
    this.textLength.reserve(count);
    this.cutAt.reserve(count);
  }

  /** Adds record `index` of `from`, bytes copied as they are (and string codes, when the two share an interner). */
  copy(from: RecordTable<A, K>, index: number): number {
    const { start, length } = this.texts.copy(
      from.texts,
      from.textStart.get(index),
      from.textLength.get(index),
    );
    const digest = from.digests.view().subarray(index * DIGEST_BYTES, (index + 1) * DIGEST_BYTES);
    const recode =
      from.strings === this.strings
        ? (code: number) => code
        : (code: number) => this.strings.code(from.strings.text(code));
    const dataset = from.datasetCode.get(index);
    this.keys.copy(from.keys, index);
    this.typeCode.push(recode(from.typeCode.get(index)));
    this.rankCode.push(from.rankCode.get(index));
    this.datasetCode.push(dataset === NO_DATASET ? NO_DATASET : recode(dataset));
    this.fileCode.push(recode(from.fileCode.get(index)));
    this.lineColumn.push(from.lineColumn.get(index));
    this.digests.pushAll(digest);
    this.cutAt.push(from.cutAt.get(index));
    this.textStart.push(start);
    return this.textLength.push(length);
  }

  private addColumns(
    id: string | Uint8Array,
    attributes: RecordFields,
    start: number,
    length: number,
    digest: Uint8Array,
    /** Where the provenance goes back in a text made without it. */
    madeCutAt?: number,
  ): number {
    const dataset =
      attributes.provenance_dataset === undefined
        ? NO_DATASET
        : this.strings.code(attributes.provenance_dataset);
    const file = this.strings.code(attributes.provenance_file);
    const line = attributes.provenance_line === undefined ? 0 : attributes.provenance_line + 1;
    this.keys.push(id);
    this.typeCode.push(this.strings.code(attributes.type));
    this.rankCode.push(classificationRank(attributes.classification));
    this.datasetCode.push(dataset);
    this.fileCode.push(file);
    this.lineColumn.push(line);
    this.digests.pushAll(digest);
    this.textStart.push(start);
    if (madeCutAt === undefined)
      return this.textLength.push(this.cut(start, length, dataset, file, line));
    this.cutAt.push(madeCutAt);
    return this.textLength.push(length);
  }

  type(index: number): string {
    return this.strings.text(this.typeCode.get(index));
  }

  rank(index: number): number {
    return this.rankCode.get(index);
  }

  classification(index: number): Classification {
    return CLASSIFICATIONS[this.rankCode.get(index)]!;
  }

  /** The attributes' JSON text, as read and as written to the store file. */
  json(index: number): string {
    const start = this.textStart.get(index);
    const length = this.textLength.get(index);
    const cut = this.cutAt.get(index);
    if (cut === NOT_CUT) return this.texts.text(start, length);
    return (
      this.texts.text(start, cut) +
      this.provenanceText.text(
        this.datasetCode.get(index),
        this.fileCode.get(index),
        this.lineColumn.get(index) - 1,
      ) +
      this.texts.text(start + cut, length - cut)
    );
  }

  /** The same text as UTF-8 bytes, written out from the slab without decoding. */
  writeJson(index: number, out: ByteSink): void {
    const start = this.textStart.get(index);
    const length = this.textLength.get(index);
    const cut = this.cutAt.get(index);
    if (cut === NOT_CUT) {
      out.bytes(this.texts.bytes(start, length));
      return;
    }
    out.bytes(this.texts.bytes(start, cut));
    out.bytes(
      this.provenanceText.prefixBytes(this.datasetCode.get(index), this.fileCode.get(index)),
    );
    out.text(String(this.lineColumn.get(index) - 1));
    out.bytes(this.texts.bytes(start + cut, length - cut));
  }

  attributes(index: number): A {
    return JSON.parse(this.json(index)) as A;
  }

  digest(index: number): string {
    return Buffer.from(
      this.digests.view().buffer,
      this.digests.view().byteOffset + index * DIGEST_BYTES,
      DIGEST_BYTES,
    ).toString("base64");
  }

  /** Where the record was read, as the merge plan compares it. */
  provenance(
    index: number,
  ): Pick<RecordFields, "provenance_dataset" | "provenance_file" | "provenance_line"> {
    const dataset = this.datasetCode.get(index);
    const line = this.lineColumn.get(index);
    return {
      ...(dataset !== NO_DATASET && { provenance_dataset: this.strings.text(dataset) }),
      provenance_file: this.strings.text(this.fileCode.get(index)),
      ...(line > 0 && { provenance_line: line - 1 }),
    };
  }

  /** Indexes of the records read from the dataset `name`. */
  *ofDataset(name: string): Generator<number> {
    const code = this.strings.find(name);
    if (code < 0) return;
    const column = this.datasetCode.view();
    for (let index = 0; index < column.length; index++) if (column[index] === code) yield index;
  }
}
