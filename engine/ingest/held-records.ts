/**
 * Records kept between two passes without being read again: serialised in
 * batches (v8's format keeps every value exactly, -0 and undefined
 * included) into buffers off the heap, and handed back once, in order, each
 * batch let go as it is replayed.
 */
import { deserialize, serialize } from "node:v8";

const BATCH = 4096;

export class HeldRecords<R> {
  private batch: R[] = [];
  private held: Buffer[] = [];

  add(record: R): void {
    this.batch.push(record);
    if (this.batch.length === BATCH) this.flush();
  }

  /** Hands every record back in the order added; afterwards nothing is held. */
  replay(onRecord: (record: R) => void): void {
    this.flush();
    const held = this.held;
    this.held = [];
    for (let i = 0; i < held.length; i++) {
      const records = deserialize(held[i]!) as R[];
      held[i] = EMPTY;
      for (const record of records) onRecord(record);
    }
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.held.push(serialize(this.batch));
    this.batch = [];
  }
}

const EMPTY = Buffer.alloc(0);
