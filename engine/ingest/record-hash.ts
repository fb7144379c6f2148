/**
 * The dataset hash: SHA-256 over each record's file, normalised values and
 * extra columns as JSON, one line per record. The values' JSON is made once by
 * the caller and shared with duplicate detection; lines are gathered into
 * large pieces before hashing, which gives the same digest as feeding them one
 * by one.
 */
import { createHash } from "node:crypto";

/** Small enough that the records' text waiting in it rarely outlives a young-generation collection. */
const PIECE = 1 << 16;

export class RecordHash {
  private readonly hash = createHash("sha256");
  private pending = "";

  add(file: string, valuesJson: string, extra: Record<string, string> | undefined): void {
    this.pending += extra
      ? `${file}${valuesJson}${JSON.stringify(extra)}\n`
      : `${file}${valuesJson}\n`;
    if (this.pending.length >= PIECE) {
      this.hash.update(this.pending);
      this.pending = "";
    }
  }

  digest(): string {
    this.hash.update(this.pending);
    this.pending = "";
    return this.hash.digest("hex");
  }
}
