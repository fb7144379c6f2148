/**
 * Promises by key, of which only the `capacity` most recently asked are
 * kept: what the server on Neo4j holds of its clearance levels (each a stored
 * analysis or a whole clearance view, hundreds of megabytes at a million
 * links), so that its memory is bounded by what it keeps, not by how many
 * levels the store has. A key asked again after it was dropped is made
 * again; callers of a dropped promise still get its value. A failure is not
 * kept: the next caller tries again.
 */
export class HeldPromises<K, V> {
  private readonly held = new Map<K, Promise<V>>();

  constructor(private readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`at least one must be held, not ${capacity}`);
  }

  get(key: K, make: () => Promise<V>): Promise<V> {
    const kept = this.held.get(key);
    // Asked again: moved to the end, the most recent.
    this.held.delete(key);
    const value = kept ?? make();
    if (!kept) value.catch(() => this.held.get(key) === value && this.held.delete(key));
    this.held.set(key, value);
    for (const oldest of this.held.keys()) {
      if (this.held.size <= this.capacity) break;
      this.held.delete(oldest);
    }
    return value;
  }

  /** The keys held, the least recently asked first. */
  keys(): K[] {
    return [...this.held.keys()];
  }

  clear(): void {
    this.held.clear();
  }
}
