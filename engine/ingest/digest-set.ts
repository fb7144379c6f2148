/**
 * A set of 128-bit digests in one typed array (open addressing, linear
 * probing), outside the V8 heap: exact duplicate link rows are found by the
 * SHA-256 of their text without keeping any row, 16 bytes a row where a set
 * of strings would take a hundred. Two different rows meeting in 127 bits is
 * about as likely as a disk error (10M rows: 1 in 10^24).
 */
const WORDS = 4;

export class DigestSet {
  private slots = new Uint32Array(WORDS * 1024);
  private count = 0;

  /**
   * Adds the first 16 bytes of a digest written in lower-case hex (at least
   * 32 digits: a hash made as text costs no buffer); false when they were
   * there already.
   */
  add(hex: string): boolean {
    // At most three quarters full: 10M rows in 16M slots (256 MiB).
    if (4 * (this.count + 1) > 3 * (this.slots.length / WORDS)) this.grow();
    // Every first word has its lowest bit set, so no digest reads as an empty slot (127 bits compared).
    const added = insert(
      this.slots,
      wordAt(hex, 0) | 1,
      wordAt(hex, 8),
      wordAt(hex, 16),
      wordAt(hex, 24),
    );
    if (added) this.count++;
    return added;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (let at = 0; at < old.length; at += WORDS)
      if (old[at] !== 0) insert(this.slots, old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
  }
}

/** The 32-bit word of the 8 hex digits at `at`. */
function wordAt(hex: string, at: number): number {
  let word = 0;
  for (let i = at; i < at + 8; i++) {
    const code = hex.charCodeAt(i);
    word = (word << 4) | (code <= 0x39 ? code - 0x30 : code - 0x57);
  }
  return word >>> 0;
}

function insert(slots: Uint32Array, a: number, b: number, c: number, d: number): boolean {
  const mask = slots.length / WORDS - 1;
  for (let slot = (a >>> 1) & mask; ; slot = (slot + 1) & mask) {
    const at = slot * WORDS;
    if (slots[at] === 0) {
      slots[at] = a;
      slots[at + 1] = b;
      slots[at + 2] = c;
      slots[at + 3] = d;
      return true;
    }
    if (slots[at] === a >>> 0 && slots[at + 1] === b && slots[at + 2] === c && slots[at + 3] === d)
      return false;
  }
}
