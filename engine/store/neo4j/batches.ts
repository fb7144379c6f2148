/**
 * How the import cuts its rows into batches and sends them: one after
 * another (`pipelined`, the MERGE path, where a failure leaves every later
 * batch unsent) or by several writers at once (`concurrently`, the bulk
 * path into an empty database, where a rerun finishes whatever a failure left).
 */
import { setImmediate as nextTurn } from "node:timers/promises";

export function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export function indexOf(keys: string[]): Map<string, number> {
  return new Map(keys.map((key, index) => [key, index]));
}

/** Batches built on demand, `build(start, end)` for each slice of `size` items. */
export function mapChunks<T, B>(
  items: T[],
  size: number,
  build: (start: number, end: number) => B,
): (() => B)[] {
  const batches: (() => B)[] = [];
  for (let start = 0; start < items.length; start += size) {
    const end = Math.min(start + size, items.length);
    batches.push(() => build(start, end));
  }
  return batches;
}

/**
 * Writes the batches one after another, building the next while the current
 * one is on the server: the server and the driver each keep a core busy, yet
 * a batch is sent only once the one before it has committed, so a failure
 * still leaves every later batch unsent.
 */
export async function pipelined<B>(batches: (() => B)[], write: (batch: B) => Promise<void>) {
  let next = batches[0]?.();
  for (let index = 0; next !== undefined; index++) {
    const writing = write(next);
    // Built on the next turn of the event loop, once the driver has sent the query.
    const built = new Promise<B | undefined>((resolve, reject) =>
      setImmediate(() => {
        try {
          resolve(batches[index + 1]?.());
        } catch (error) {
          reject(error);
        }
      }),
    );
    // A failed write is the error to report; the build's own, if any, is then moot.
    built.catch(() => {});
    await writing;
    next = await built;
  }
}

/**
 * `writers` batches on the server at once, each writer taking the next batch
 * when its own has committed. After a failure no writer takes another batch;
 * those already sent finish, and the first error is thrown.
 */
export async function concurrently<B>(
  batches: (() => B)[],
  writers: number,
  write: (batch: B) => Promise<void>,
) {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const writer = async () => {
    while (failure === undefined && next < batches.length) {
      const batch = batches[next++]!();
      try {
        await write(batch);
      } catch (error) {
        failure ??= { error };
      }
      // Lets the other writers' answers in before this one builds again.
      await nextTurn();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, writers) }, writer));
  if (failure) throw failure.error;
}
