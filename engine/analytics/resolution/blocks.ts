/**
 * Blocking for duplicate search (candidates.ts) that keeps only the keys two
 * persons or more share. Most compound keys (a name skeleton with one phone,
 * say) belong to one person and can pair nobody, yet a map of every key held
 * about 150 bytes per key: at a million persons, several hundred megabytes
 * of heap for nothing. A first pass counts each key's hash in a byte table
 * (saturating at 2); the second keeps the keys whose hash was seen twice,
 * which holds every shared key (and the few unshared ones a collision lets
 * through, whose blocks of one pair nobody).
 */
import { span, type WorkProgress } from "../progress.ts";
import { EVERY } from "../progress.ts";

/** Hash buckets: 16 MB, so that at a few million keys few unshared ones meet in a bucket. */
const BUCKETS = 1 << 24;

/** Item indices by the keys `keysOf` gives, for the keys at least two items may share. */
export function sharedBlocks(
  count: number,
  keysOf: (item: number) => readonly string[],
  progress?: WorkProgress,
): Map<string, number[]> {
  const seen = new Uint8Array(BUCKETS);
  const counting = span(progress, 0, 0.5);
  for (let item = 0; item < count; item++) {
    if ((item & EVERY) === 0) counting?.(item, count);
    for (const key of keysOf(item)) {
      const bucket = bucketOf(key);
      if (seen[bucket]! < 2) seen[bucket]!++;
    }
  }
  const blocks = new Map<string, number[]>();
  const keeping = span(progress, 0.5, 1);
  for (let item = 0; item < count; item++) {
    if ((item & EVERY) === 0) keeping?.(item, count);
    for (const key of keysOf(item)) {
      if (seen[bucketOf(key)] === 2) (blocks.get(key) ?? blocks.set(key, []).get(key)!).push(item);
    }
  }
  return blocks;
}

/** FNV-1a over the key's UTF-16 code units, folded to a bucket. */
function bucketOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) & (BUCKETS - 1);
}
