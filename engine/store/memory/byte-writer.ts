/**
 * Writes a file a buffer at a time from short texts and byte ranges: the
 * store file's lines are a few short texts around each record's stored
 * attribute bytes, which go out as they are, never decoded into a string and
 * encoded again (that round trip and one huge string per megabyte were a
 * tenth of a 1M-link import).
 */
import type { FileHandle } from "node:fs/promises";

const SIZE = 1 << 20;

export class ByteWriter {
  private buffer = Buffer.allocUnsafe(SIZE);
  private used = 0;

  constructor(private readonly file: FileHandle) {}

  /** Whether the buffer is full enough to be written out (flush) before more is added. */
  get full(): boolean {
    return this.used >= SIZE / 2;
  }

  text(text: string): void {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    this.room(text.length * 3);
    this.used += this.buffer.write(text, this.used, "utf8");
  }

  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    await this.file.write(this.buffer, 0, this.used);
    this.used = 0;
  }

  /** Makes the buffer hold `bytes` more; a piece larger than half of it gets a larger buffer. */
  private room(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(SIZE, 2 * (this.used + bytes)));
    this.buffer.copy(next, 0, 0, this.used);
    this.buffer = next;
  }
}
