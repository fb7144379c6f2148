/**
 * A record's attributes for a pass over every record (the analytics' passes,
 * the search index): type and classification come from their columns, the
 * rest is parsed from the record's JSON text on first use. Most passes look
 * at the type alone for most records, so most records are never parsed.
 */
import type { RecordFields, RecordTable } from "./record-table.ts";

class Target<A extends RecordFields> {
  parsed: A | undefined;
  constructor(
    readonly table: RecordTable<A>,
    readonly index: number,
  ) {}
  whole(): A {
    return (this.parsed ??= this.table.attributes(this.index));
  }
}

/** One handler for every record: its state is the target's. */
const handler: ProxyHandler<Target<RecordFields>> = {
  get: (target, name) => {
    if (name === "type") return target.table.type(target.index);
    if (name === "classification") return target.table.classification(target.index);
    return Reflect.get(target.whole(), name);
  },
  has: (target, name) => name in target.whole(),
  ownKeys: (target) => Reflect.ownKeys(target.whole()),
  getOwnPropertyDescriptor: (target, name) =>
    Reflect.getOwnPropertyDescriptor(target.whole(), name),
  set: () => false,
  deleteProperty: () => false,
};

export function lazyAttributes<A extends RecordFields>(table: RecordTable<A>, index: number): A {
  return new Proxy(new Target(table, index), handler as ProxyHandler<Target<A>>) as unknown as A;
}
