/**
 * One kind of record (entities, or links) of the embedded store as columns:
 * keys (record-keys.ts); type, classification rank, provenance and content digest
 * in typed arrays; the attributes as their JSON text in a byte slab, parsed
 * only when a query or an export reads the record. Row i of every column is
 * record i, in the order the records were added.
 */
import { CLASSIFICATIONS, classificationRank, type Classification } from "../../../model/index.ts";
import { ByteSlab, growableF64, growableU32, growableU8 } from "./growable.ts";
import type { Interner } from "./interner.ts";
import type { RecordKeys } from "./record-keys.ts";

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
  private readonly texts = new ByteSlab();

  constructor(
    private readonly strings: Interner,
    readonly keys: K,
  ) {}

  get count(): number {
    return this.keys.length;
  }

  /** Every record's key as a read-only array (the analytics read the link keys of their evidence by number). */
  get ids(): readonly string[] {
    return this.keys.view();
  }

  /**
   * Adds a record: its key (a string, or its JSON string body's bytes), the
   * fields its columns hold (its parsed attributes, or those fields alone), its attributes' JSON text (or its UTF-8 bytes) and
   * its content digest (base64 of 16 bytes, or the bytes).
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

  /** Makes room for `count` records in all (a store file's header says how many). */
  reserve(count: number): void {
    for (const column of [this.typeCode, this.datasetCode, this.fileCode, this.lineColumn])
      column.reserve(count);
    this.keys.reserve(count);
    this.rankCode.reserve(count);
    this.digests.reserve(count * DIGEST_BYTES);
    this.textStart.reserve(count);
    this.textLength.reserve(count);
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
    this.textStart.push(start);
    return this.textLength.push(length);
  }

  private addColumns(
    id: string | Uint8Array,
    attributes: RecordFields,
    start: number,
    length: number,
    digest: Uint8Array,
  ): number {
    this.keys.push(id);
    this.typeCode.push(this.strings.code(attributes.type));
    this.rankCode.push(classificationRank(attributes.classification));
    this.datasetCode.push(
      attributes.provenance_dataset === undefined
        ? NO_DATASET
        : this.strings.code(attributes.provenance_dataset),
    );
    this.fileCode.push(this.strings.code(attributes.provenance_file));
    this.lineColumn.push(
      attributes.provenance_line === undefined ? 0 : attributes.provenance_line + 1,
    );
    this.digests.pushAll(digest);
    this.textStart.push(start);
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
    return this.texts.text(this.textStart.get(index), this.textLength.get(index));
  }

  /** The same text as UTF-8 bytes, a view into the table's slab: written out without decoding. */
  jsonBytes(index: number): Buffer {
    return this.texts.bytes(this.textStart.get(index), this.textLength.get(index));
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
