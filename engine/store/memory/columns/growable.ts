/**
 * Typed arrays that grow as records are appended, and a slab of bytes for
 * records' attribute text: the columns of the embedded store
 * (record-table.ts). Both live outside the V8 heap (ArrayBuffers), so the
 * collector never walks them and the default heap limit does not bound them.
 */

type TypedArray = Uint8Array | Uint32Array | Float64Array;

/** An appendable column of one typed array kind; doubles its buffer when full. */
export class Growable<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(
    private readonly make: (size: number) => T,
    initial = 1024,
  ) {
    this.data = make(initial);
  }

  push(value: number): number {
    if (this.length === this.data.length) this.resize(this.data.length * 2);
    this.data[this.length] = value;
    return this.length++;
  }

  /** Appends every value of `values` (a record's 16 digest bytes) in one copy. */
  pushAll(values: ArrayLike<number>): void {
    if (this.length + values.length > this.data.length)
      this.resize(Math.max(this.data.length * 2, this.length + values.length));
    this.data.set(values, this.length);
    this.length += values.length;
  }

  get(index: number): number {
    return this.data[index]!;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** Makes room for `capacity` values in all, so that a known count fills without copies. */
  reserve(capacity: number): void {
    if (capacity > this.data.length) this.resize(capacity);
  }

  /** The filled part, without copying. */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }

  private resize(size: number): void {
    const next = this.make(size);
    next.set(this.data);
    this.data = next;
  }
}

export const growableU8 = () => new Growable((size) => new Uint8Array(size));
export const growableU32 = () => new Growable((size) => new Uint32Array(size));
export const growableF64 = () => new Growable((size) => new Float64Array(size));

/** Bytes per slab chunk: large enough for any record, small enough to allocate on a loaded machine. */
const CHUNK = 64 * 2 ** 20;

/**
 * UTF-8 texts appended one after another in 64 MiB chunks (a text never
 * straddles two); each text is addressed by its start and byte length.
 */
export class ByteSlab {
  private readonly chunks: Buffer[] = [];
  private used = CHUNK;

  /** Appends `text` (or its UTF-8 bytes); returns its start (chunk × CHUNK + offset). */
  append(text: string | Uint8Array): { start: number; length: number } {
    if (typeof text !== "string")
      return this.place(text.length, (chunk, offset) => chunk.set(text, offset));
    const length = Buffer.byteLength(text);
    return this.place(length, (chunk, offset) => chunk.write(text, offset, length, "utf8"));
  }

  /** Appends bytes copied from another slab. */
  copy(from: ByteSlab, start: number, length: number): { start: number; length: number } {
    const [source, offset] = from.locate(start);
    return this.place(length, (chunk, at) => source.copy(chunk, at, offset, offset + length));
  }

  /**
   * Removes `count` bytes at offset `at` of the text last appended (at
   * `start`, `length` bytes long), moving its tail down.
   */
  removeFromLast(start: number, length: number, at: number, count: number): void {
    const [chunk, offset] = this.locate(start);
    chunk.copyWithin(offset + at, offset + at + count, offset + length);
    this.used -= count;
  }

  text(start: number, length: number): string {
    const [chunk, offset] = this.locate(start);
    return chunk.toString("utf8", offset, offset + length);
  }

  /** The text's bytes, a view into the slab (not a copy). */
  bytes(start: number, length: number): Buffer {
    const [chunk, offset] = this.locate(start);
    return chunk.subarray(offset, offset + length);
  }

  private place(length: number, write: (chunk: Buffer, offset: number) => void) {
    if (this.used + length > CHUNK) {
      this.chunks.push(Buffer.allocUnsafe(Math.max(CHUNK, length)));
      this.used = 0;
    }
    const chunk = this.chunks[this.chunks.length - 1]!;
    write(chunk, this.used);
    const start = (this.chunks.length - 1) * CHUNK + this.used;
    this.used += length;
    return { start, length };
  }

  private locate(start: number): [Buffer, number] {
    return [this.chunks[Math.floor(start / CHUNK)]!, start % CHUNK];
  }
}
