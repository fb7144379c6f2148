/**
 * A list whose elements are built when read and never kept: the actors'
 * lines of an Analysis that is only saved (streamed-json.ts reads each
 * once), so that the heap holds no record per actor. At 1.1M links the
 * persons' records are about 230 MB of heap, at 10M links past a gigabyte.
 *
 * An array to every reader (Array.isArray, length, indices, iteration,
 * JSON.stringify), each read building the element anew; it cannot be
 * structured-cloned, so the server, which posts analyses between threads,
 * never asks for it.
 */
export function recordsOnDemand<T>(rows: readonly number[], build: (row: number) => T): T[] {
  const isIndex = (key: string | symbol): key is string =>
    typeof key === "string" && /^\d+$/.test(key) && Number(key) < rows.length;
  return new Proxy(new Array<T>(rows.length), {
    get: (target, key, receiver) =>
      isIndex(key) ? build(rows[Number(key)]!) : Reflect.get(target, key, receiver),
    has: (target, key) => isIndex(key) || Reflect.has(target, key),
  });
}
