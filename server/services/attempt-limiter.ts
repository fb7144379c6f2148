/**
 * Counts attempts per key in fixed windows (per client address, per user
 * name): the keys are what the server observed or what the attempt was for,
 * never a header the caller chooses freely, so a caller cannot get a fresh
 * budget by varying a header.
 */
export const ATTEMPT_WINDOW_MS = 60_000;

export class AttemptLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly max: number,
    private readonly windowMs = ATTEMPT_WINDOW_MS,
  ) {}

  /** True when the key has used its budget in the current window. */
  exhausted(key: string): boolean {
    return this.current(key).count >= this.max;
  }

  /** Counts one attempt; returns how many the key made in the current window. */
  count(key: string): number {
    const window = this.current(key);
    window.count += 1;
    return window.count;
  }

  private current(key: string): { count: number; resetAt: number } {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      if (this.windows.size > 10_000) this.purge(now);
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    return window;
  }

  private purge(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
