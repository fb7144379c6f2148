/**
 * A store file's record line (persist.ts) read straight from its bytes:
 * `{"k":…,"s":…,"t":…,"d":"…","a":{…}}` as saveGraph writes it. The ends
 * and digest are cut out, the key's bytes kept undecoded (the columns keep a
 * link's key as bytes, columns/record-keys.ts), the attributes' bytes are kept as they are for the
 * columns' slab, and of the attributes only the five fields the columns hold
 * (type, classification, dataset, file, line) are decoded, by a scan of the
 * object's top level. No JSON.parse of the record and no object per record:
 * parsing every line whole was most of a 1M-link reload and of its garbage.
 *
 * Anything else (a hand-edited line, a version 1 line without digest, a line
 * cut short) answers undefined, and the caller parses the line whole, which
 * names a damaged line.
 */
import type { RecordFields } from "./columns/record-table.ts";
import { decodeKey } from "./columns/record-keys.ts";
import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} from "../../model/json-bytes.ts";

export class StoreLine {
  constructor(
    /** The key's JSON string body (the bytes between its quotes), a view into the line. */
    readonly keyBytes: Buffer,
    readonly source: string | undefined,
    readonly target: string | undefined,
    /** The 16 digest bytes. */
    readonly digest: Buffer,
    /** The attributes' JSON text, a view into the line. */
    readonly json: Buffer,
    readonly fields: RecordFields,
  ) {}

  get key(): string {
    return decodeKey(this.keyBytes);
  }
}

const KEY = Buffer.from('{"k":');
const SOURCE = Buffer.from(',"s":');
const TARGET = Buffer.from(',"t":');
const DIGEST = Buffer.from(',"d":"');
const ATTRIBUTES = Buffer.from('","a":');
/** A digest is 16 bytes in base64: 24 characters. */
const DIGEST_TEXT = 24;

export function readStoreLine(line: Buffer): StoreLine | undefined {
  if (!startsWith(line, KEY, 0) || line[line.length - 1] !== CLOSE_BRACE) return undefined;
  let at = KEY.length;
  const key = keyAt(line, at);
  if (key === undefined) return undefined;
  at += key.length + 2;
  let source: string | undefined;
  let target: string | undefined;
  if (startsWith(line, SOURCE, at)) {
    const read = stringAt(line, at + SOURCE.length);
    if (read === undefined || !startsWith(line, TARGET, read.end)) return undefined;
    const to = stringAt(line, read.end + TARGET.length);
    if (to === undefined) return undefined;
    [source, target, at] = [read.text, to.text, to.end];
  }
  if (!startsWith(line, DIGEST, at)) return undefined;
  at += DIGEST.length;
  const digest = base64Digest(line, at);
  at += DIGEST_TEXT;
  if (digest === undefined || !startsWith(line, ATTRIBUTES, at)) return undefined;
  at += ATTRIBUTES.length;
  const json = line.subarray(at, line.length - 1);
  const fields = topLevelFields(json);
  if (fields === undefined) return undefined;
  return new StoreLine(key, source, target, digest, json, fields);
}

/** The body of the JSON string opening at `at`, undecoded; undefined when it does not close or holds a bad escape. */
function keyAt(line: Buffer, at: number): Buffer | undefined {
  if (line[at] !== QUOTE) return undefined;
  const end = stringEnd(line, at);
  if (end < 0) return undefined;
  const body = line.subarray(at + 1, end - 1);
  if (body.indexOf(BACKSLASH) >= 0) {
    try {
      decodeKey(body);
    } catch {
      return undefined;
    }
  }
  return body;
}

function startsWith(line: Buffer, prefix: Buffer, at: number): boolean {
  if (at + prefix.length > line.length) return false;
  for (let i = 0; i < prefix.length; i++) if (line[at + i] !== prefix[i]) return false;
  return true;
}

/** The JSON string starting at `at` (its opening quote), decoded, and the index after it. */
function stringAt(bytes: Buffer, at: number): { text: string; end: number } | undefined {
  if (bytes[at] !== QUOTE) return undefined;
  const end = stringEnd(bytes, at);
  if (end < 0) return undefined;
  let escaped = false;
  for (let i = at + 1; i < end - 1; i++) if (bytes[i] === BACKSLASH) escaped = true;
  if (!escaped) return { text: bytes.toString("utf8", at + 1, end - 1), end };
  try {
    return { text: JSON.parse(bytes.toString("utf8", at, end)) as string, end };
  } catch {
    return undefined;
  }
}

/** The index after the closing quote of the string opening at `at`; -1 when it does not close. */
function stringEnd(bytes: Buffer, at: number): number {
  for (let i = at + 1; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === BACKSLASH) i++;
    else if (byte === QUOTE) return i + 1;
  }
  return -1;
}

/** The index after the value starting at `at`; -1 when it is cut. */
function valueEnd(bytes: Buffer, at: number): number {
  const first = bytes[at];
  if (first === QUOTE) return stringEnd(bytes, at);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let i = at;
    while (i < bytes.length && bytes[i] !== COMMA && bytes[i] !== CLOSE_BRACE) i++;
    return i > at ? i : -1;
  }
  let depth = 0;
  for (let i = at; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) {
      i = stringEnd(bytes, i) - 1;
      if (i < 0) return -1;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
    else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * The fields the columns keep, from an object's top level (as JSON.stringify
 * writes it: no white space); undefined unless the object closes exactly at
 * the end of `json` and has a type, a classification and a file. Names are
 * compared as bytes, and a value is decoded only when it differs from the
 * last one read for its field (records come in runs of one type and file).
 */
function topLevelFields(json: Buffer): RecordFields | undefined {
  if (json[0] !== OPEN_BRACE || json[1] === CLOSE_BRACE) return undefined;
  const found: Partial<Record<keyof RecordFields, string | number>> = {};
  let at = 1;
  for (;;) {
    if (json[at] !== QUOTE) return undefined;
    const nameEnd = stringEnd(json, at);
    if (nameEnd < 0 || json[nameEnd] !== COLON) return undefined;
    const start = nameEnd + 1;
    const end = valueEnd(json, start);
    if (end < 0) return undefined;
    const field = wantedField(json, at + 1, nameEnd - 1);
    if (field !== undefined) {
      const value = field.read(json, start, end);
      if (value === undefined) return undefined;
      found[field.name] = value;
    }
    if (json[end] === CLOSE_BRACE) {
      if (end !== json.length - 1) return undefined;
      break;
    }
    if (json[end] !== COMMA) return undefined;
    at = end + 1;
  }
  if (found.type === undefined || found.classification === undefined) return undefined;
  if (found.provenance_file === undefined) return undefined;
  return found as unknown as RecordFields;
}

/** A text field's values, the last one read kept with its bytes. */
class TextField {
  private bytes = Buffer.alloc(0);
  private text = "";
  constructor(readonly name: keyof RecordFields) {}

  read(json: Buffer, start: number, end: number): string | undefined {
    if (json[start] !== QUOTE) return undefined;
    if (!this.same(json, start, end)) {
      const read = stringAt(json, start);
      if (read === undefined || read.end !== end) return undefined;
      this.bytes = Buffer.from(json.subarray(start, end));
      this.text = read.text;
    }
    return this.text;
  }

  private same(json: Buffer, start: number, end: number): boolean {
    const bytes = this.bytes;
    if (bytes.length !== end - start) return false;
    for (let i = 0; i < bytes.length; i++) if (json[start + i] !== bytes[i]) return false;
    return true;
  }
}

class LineField {
  readonly name = "provenance_line";
  read(json: Buffer, start: number, end: number): number | undefined {
    let value = 0;
    for (let i = start; i < end; i++) {
      const digit = json[i]! - 0x30;
      if (digit < 0 || digit > 9 || end - start > 15) return undefined;
      value = value * 10 + digit;
    }
    return value;
  }
}

const FIELDS = [
  new TextField("type"),
  new TextField("classification"),
  new TextField("provenance_dataset"),
  new TextField("provenance_file"),
  new LineField(),
];
const NAMES = FIELDS.map((field) => Buffer.from(field.name));

/** The field named by the bytes from `start` to `end`, if the columns keep it. */
function wantedField(json: Buffer, start: number, end: number) {
  const length = end - start;
  next: for (let f = 0; f < NAMES.length; f++) {
    const name = NAMES[f]!;
    if (name.length !== length) continue;
    for (let i = 0; i < length; i++) if (json[start + i] !== name[i]) continue next;
    return FIELDS[f]!;
  }
  return undefined;
}

const BASE64 = new Int8Array(128).fill(-1);
for (const [i, c] of [
  ..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
].entries())
  BASE64[c.charCodeAt(0)] = i;

/** The 16 bytes of a digest written in base64 (24 characters, two of them padding) at `at`. */
function base64Digest(line: Buffer, at: number): Buffer | undefined {
  if (line[at + 22] !== 0x3d || line[at + 23] !== 0x3d) return undefined;
  const digest = Buffer.allocUnsafe(16);
  let bits = 0;
  let held = 0;
  let out = 0;
  for (let i = at; i < at + 22; i++) {
    const value = BASE64[line[i]!] ?? -1;
    if (value < 0) return undefined;
    bits = ((bits << 6) | value) & 0xffffff;
    held += 6;
    if (held >= 8) {
      held -= 8;
      digest[out++] = (bits >> held) & 0xff;
    }
  }
  return digest;
}
