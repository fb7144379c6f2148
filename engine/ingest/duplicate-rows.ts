/**
 * Finds exact duplicate link rows without keeping every row's text: a 53-bit
 * hash (cyrb53-style, two 32-bit multiplicative hashes) maps to the positions
 * of the rows kept, and only rows whose hashes meet are compared in full (their
 * text rebuilt on demand), so the answer is exact at a few dozen bytes per row.
 */
export class DuplicateRowFilter {
  private readonly byHash = new Map<number, number | number[]>();

  /** `textOf(position)` rebuilds the text of a row kept earlier. */
  constructor(private readonly textOf: (position: number) => string) {}

  /** True when an identical row was offered before; otherwise remembers it at `position`. */
  isDuplicate(text: string, position: number): boolean {
    const hash = hash53(text);
    const kept = this.byHash.get(hash);
    if (kept === undefined) {
      this.byHash.set(hash, position);
      return false;
    }
    const positions = typeof kept === "number" ? [kept] : kept;
    if (positions.some((earlier) => this.textOf(earlier) === text)) return true;
    positions.push(position);
    this.byHash.set(hash, positions);
    return false;
  }
}

function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
