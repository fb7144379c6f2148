/**
 * The keys of a record table (record-table.ts), row i the key of record i.
 * Entity ids stay JS strings, since the id index (column-graph.ts) holds
 * them anyway. Link keys are kept as bytes off the V8 heap: 12 million
 * 26-character keys as strings took about 900 MB of heap at 10M links, and
 * every collection walked them, though most commands never read a key.
 *
 * A key given as bytes is the body of its JSON string: the UTF-8 text
 * between the quotes, escaped as JSON.stringify escapes it. That is how the
 * store file writes it, so a key goes from a store line into the columns and
 * back out to the file without being decoded.
 */
import { BACKSLASH } from "../../../model/json-bytes.ts";
import { ByteSlab, growableF64, growableU32 } from "./growable.ts";

export interface RecordKeys {
  readonly length: number;
  /** Adds a key: a string, or the bytes of its JSON string body. */
  push(key: string | Uint8Array): void;
  at(index: number): string;
  /** Adds key `index` of `from`. */
  copy(from: RecordKeys, index: number): void;
  reserve(count: number): void;
  /** Every key as a read-only array (the analytics' link records). */
  view(): readonly string[];
}

/** A JSON string body (bytes between the quotes) decoded; throws when an escape is malformed. */
export function decodeKey(body: Uint8Array): string {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.length);
  if (bytes.indexOf(BACKSLASH) < 0) return bytes.toString("utf8");
  return JSON.parse(`"${bytes.toString("utf8")}"`) as string;
}

/** Keys as strings in an array. */
export class KeyStrings implements RecordKeys {
  private readonly keys: string[] = [];

  get length(): number {
    return this.keys.length;
  }

  push(key: string | Uint8Array): void {
    this.keys.push(typeof key === "string" ? key : decodeKey(key));
  }

  at(index: number): string {
    return this.keys[index]!;
  }

  copy(from: RecordKeys, index: number): void {
    this.keys.push(from.at(index));
  }

  reserve(): void {}

  view(): readonly string[] {
    return this.keys;
  }
}

/** Keys as their JSON string bodies' bytes in a slab, decoded when read. */
export class KeyBytes implements RecordKeys {
  private readonly slab = new ByteSlab();
  private readonly starts = growableF64();
  private readonly lengths = growableU32();
  private list: readonly string[] | undefined;

  get length(): number {
    return this.lengths.length;
  }

  push(key: string | Uint8Array): void {
    const { start, length } = this.slab.append(typeof key === "string" ? jsonBody(key) : key);
    this.starts.push(start);
    this.lengths.push(length);
  }

  at(index: number): string {
    return decodeKey(this.bytes(index));
  }

  /** Key `index` as the bytes of its JSON string body, a view into the slab. */
  bytes(index: number): Buffer {
    return this.slab.bytes(this.starts.get(index), this.lengths.get(index));
  }

  copy(from: RecordKeys, index: number): void {
    this.push(from instanceof KeyBytes ? from.bytes(index) : from.at(index));
  }

  reserve(count: number): void {
    this.starts.reserve(count);
    this.lengths.reserve(count);
  }

  /** An array-like view that decodes each key it is asked for: the keys stay off the heap. */
  view(): readonly string[] {
    this.list ??= new Proxy([] as string[], {
      get: (target, name, receiver) => {
        if (name === "length") return this.length;
        if (typeof name === "string") {
          const index = arrayIndex(name);
          if (index !== undefined) return index < this.length ? this.at(index) : undefined;
        }
        return Reflect.get(target, name, receiver) as unknown;
      },
      has: (target, name) => {
        const index = typeof name === "string" ? arrayIndex(name) : undefined;
        return index === undefined ? Reflect.has(target, name) : index < this.length;
      },
    });
    return this.list;
  }
}

/** A property name that is an array index, as a number. */
function arrayIndex(name: string): number | undefined {
  const first = name.charCodeAt(0);
  if (first < 0x30 || first > 0x39) return undefined;
  const index = Number(name);
  return Number.isInteger(index) && String(index) === name ? index : undefined;
}

/** The JSON string body of `key`: the key itself unless it holds a quote, a backslash, a control or a surrogate. */
function jsonBody(key: string): string {
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff))
      return JSON.stringify(key).slice(1, -1);
  }
  return key;
}
