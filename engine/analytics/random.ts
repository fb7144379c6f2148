/**
 * Seeded pseudo-random numbers for every analytic, so the same data and seed
 * always give the same Analysis (and a target package can be reproduced).
 * Uses pure-rand's xoroshiro128+, a well-tested generator, rather than a home-made one.
 */
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** Returns a float in [0, 1). */
export type Rng = () => number;

export function createRng(seed: number): Rng {
  const generator = xoroshiro128plus(seed | 0);
  // The first outputs after a small seed are poorly mixed (close to 1): skip them.
  for (let i = 0; i < 16; i++) generator.next();
  return () => {
    const high = generator.next() >>> 0;
    const low = generator.next() >>> 11;
    return (high * 2 ** 21 + low) / 2 ** 53;
  };
}

/** Fisher–Yates shuffle in place with the given generator. */
export function shuffleInPlace<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const swap = items[i]!;
    items[i] = items[j]!;
    items[j] = swap;
  }
  return items;
}
