/**
 * Standard JSON written and read piece by piece, so that a document larger
 * than any string V8 can hold (about 512 MB) can be saved and read back, and
 * no single string or buffer the size of the output is ever built.
 *
 * The shape is walked the same way on both sides: the root object, objects
 * that are fields of an object down to DEPTH, and every array met on the way
 * are "open" and written (or assembled) field by field, element by element;
 * anything else (a field's value below DEPTH, an array's element) is one
 * piece, written with JSON.stringify and read with JSON.parse. Large results
 * are long arrays of small records (persons, communities, flows), so every
 * piece is small. The text is exactly JSON.stringify's, so any JSON reader
 * and outside tool reads the file as before.
 *
 * Why not `stream-json`: it tokenises every number and string and builds
 * values from tokens, several times slower than JSON.parse on the small
 * records here; this scanner only tracks strings and nesting between
 * pieces, and hands each piece to JSON.parse.
 */
import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} from "./json-bytes.ts";

/** Objects nested in objects down to this depth are written field by field. */
const DEPTH = 2;

/**
 * Characters per chunk: small enough that a chunk and the pieces it is built
 * from die young. A chunk of a megabyte is made in large-object space, which
 * only a full collection frees, and outlives the scavenges of its own
 * building: at 1.2M links such chunks raised the save's peak heap by 110
 * to 220 MB of garbage (315 and 422 MB against 202 MB).
 */
const CHUNK_CHARS = 1 << 16;

/**
 * The JSON text of `value`, in chunks of about `chunkChars` characters (a
 * chunk ends after the piece that filled it); `onProgress` hears of the
 * pieces written of all of them.
 */
export function* jsonChunks(
  value: unknown,
  chunkChars = CHUNK_CHARS,
  onProgress?: (done: number, total: number) => void,
): Generator<string> {
  let total = 0;
  // Counted without keeping the pieces: at 10M links they are millions.
  if (onProgress) {
    const pieces = jsonPieces(value, 0, false);
    while (!pieces.next().done) total++;
  }
  let done = 0;
  let buffer = "";
  for (const piece of jsonPieces(value, 0, true)) {
    buffer += piece;
    done++;
    if (buffer.length >= chunkChars) {
      onProgress?.(done, total);
      yield buffer;
      buffer = "";
    }
  }
  onProgress?.(total, total);
  if (buffer.length > 0) yield buffer;
}

/**
 * Pieces of `value`'s JSON: punctuation, keys, and each value that is not
 * open (see header); without `text`, empty pieces, to count them cheaply.
 */
function* jsonPieces(value: unknown, depth: number, text: boolean): Generator<string> {
  const whole = (item: unknown) => (text ? (JSON.stringify(item) ?? "null") : "");
  if (Array.isArray(value)) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ",";
      // As JSON.stringify: an element that has no JSON is null. Counting reads no element (some are built on reading).
      yield text ? whole(value[i]) : "";
    }
    yield "]";
  } else if (isOpenObject(value, depth)) {
    yield "{";
    let first = true;
    for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
      // As JSON.stringify: a field that has no JSON is left out.
      if (field === undefined || typeof field === "function" || typeof field === "symbol") continue;
      yield `${first ? "" : ","}${JSON.stringify(key)}:`;
      first = false;
      if (Array.isArray(field) || isOpenObject(field, depth + 1)) {
        yield* jsonPieces(field, depth + 1, text);
      } else yield whole(field);
    }
    yield "}";
  } else yield whole(value);
}

function isOpenObject(value: unknown, depth: number): boolean {
  return (
    depth <= DEPTH &&
    typeof value === "object" &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

/** A value being assembled: an open object or array, and the key its next field goes to. */
interface Frame {
  container: Record<string, unknown> | unknown[];
  depth: number;
  key: string | undefined;
}

/**
 * Reads JSON text arriving in chunks (any standard JSON: whitespace anywhere)
 * into its value, holding at a time only the pieces still open and the text
 * of the piece being read. Throws a SyntaxError naming the character offset
 * on malformed text.
 */
export class JsonStreamReader {
  private readonly stack: Frame[] = [];
  private root: unknown;
  private done = false;
  /** The text of the piece being read (a closed value handed to JSON.parse), and its state. */
  private piece: string[] = [];
  private pieceNesting = 0;
  private inString = false;
  private escaped = false;
  private inPiece = false;
  /** Inside an open object: reading a key (true) or waiting for one. */
  private key: string[] | undefined;
  private offset = 0;

  /** Feeds the next chunk of text. */
  write(chunk: string): void {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inPiece) {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (c === BACKSLASH) this.escaped = true;
          else if (c === QUOTE) {
            this.inString = false;
            if (this.pieceNesting === 0) {
              this.piece.push(chunk.slice(start, i + 1));
              this.endPiece();
            }
          }
          continue;
        }
        if (c === QUOTE) this.inString = true;
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.pieceNesting++;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          if (this.pieceNesting > 0) {
            this.pieceNesting--;
            if (this.pieceNesting === 0) {
              this.piece.push(chunk.slice(start, i + 1));
              this.endPiece();
            }
            continue;
          }
          // A number or literal ends at its container's close.
          this.piece.push(chunk.slice(start, i));
          this.endPiece();
          this.structural(c, i);
        } else if (this.pieceNesting === 0 && (c === COMMA || isSpace(c))) {
          this.piece.push(chunk.slice(start, i));
          this.endPiece();
          this.structural(c, i);
        }
        continue;
      }
      if (this.key !== undefined) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.key.push(chunk.slice(start, i + 1));
          this.top()!.key = JSON.parse(this.key.join("")) as string;
          this.key = undefined;
        }
        continue;
      }
      const frame = this.top();
      if (frame && !Array.isArray(frame.container) && frame.key === undefined && c === QUOTE) {
        this.key = [];
        start = i;
        continue;
      }
      if (isSpace(c) || c === COMMA || c === COLON) {
        this.structural(c, i);
        continue;
      }
      if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.structural(c, i);
        continue;
      }
      // A value starts: opened as a container, or read as one piece.
      if (this.done) this.fail(i, "text after the end of the value");
      const depth = frame ? frame.depth + 1 : 0;
      const parentIsArray = frame !== undefined && Array.isArray(frame.container);
      if (c === OPEN_BRACKET && !parentIsArray) {
        this.push([], depth);
      } else if (c === OPEN_BRACE && !parentIsArray && depth <= DEPTH) {
        this.push({}, depth);
      } else {
        this.inPiece = true;
        this.piece = [];
        this.pieceNesting = c === OPEN_BRACE || c === OPEN_BRACKET ? 1 : 0;
        this.inString = c === QUOTE;
        this.escaped = false;
        start = i;
      }
    }
    if (this.inPiece) this.piece.push(chunk.slice(start));
    else if (this.key !== undefined) this.key.push(chunk.slice(start));
    this.offset += chunk.length;
  }

  /** The value, once the text has ended. */
  end(): unknown {
    if (this.inPiece && !this.inString && this.pieceNesting === 0) this.endPiece();
    if (!this.done || this.inPiece || this.stack.length > 0) this.fail(0, "the text ends early");
    return this.root;
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  private push(container: Frame["container"], depth: number): void {
    this.stack.push({ container, depth, key: undefined });
  }

  /** Punctuation and whitespace between pieces; a close ends the open value. */
  private structural(c: number, at: number): void {
    if (c !== CLOSE_BRACE && c !== CLOSE_BRACKET) return;
    const frame = this.stack.pop();
    if (!frame || Array.isArray(frame.container) !== (c === CLOSE_BRACKET)) {
      this.fail(at, `unexpected ${String.fromCharCode(c)}`);
    }
    this.place(frame!.container);
  }

  private endPiece(): void {
    this.inPiece = false;
    const text = this.piece.join("");
    this.piece = [];
    try {
      this.place(JSON.parse(text));
    } catch (error) {
      this.fail(0, (error as Error).message);
    }
  }

  /** A finished value goes to its parent (an array's next element, an object's pending key) or is the root. */
  private place(value: unknown): void {
    const frame = this.top();
    if (!frame) {
      this.root = value;
      this.done = true;
    } else if (Array.isArray(frame.container)) frame.container.push(value);
    else {
      if (frame.key === undefined) this.fail(0, "a value without a key");
      frame.container[frame.key!] = value;
      frame.key = undefined;
    }
  }

  private fail(at: number, message: string): never {
    throw new SyntaxError(`JSON near character ${this.offset + at}: ${message}`);
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
