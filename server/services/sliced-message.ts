/**
 * A large object tree between threads in many small messages (and in a
 * file of such pieces, level-files.ts). One
 * structured clone of a whole analysis is deserialised in one go on the
 * receiving thread, stalling its event loop for seconds on large graphs;
 * sent as its fields, two levels down, with long arrays cut into slices,
 * each piece is a short task. The receiver asks for each next piece one
 * event-loop turn after the last, since a port hands over every message
 * already queued in one go.
 *
 * An object met again in another piece (the directed network's `network` is
 * the person network itself) is sent as the path of its first place, not
 * cloned a second time: the receiver holds one copy, as the sender did.
 */
export type Piece =
  | { path: string[]; value: unknown }
  | { path: string[]; items: unknown[] }
  | { path: string[]; same: string[] }
  | { end: true };

/** Either end: a worker, its parent port, or a MessageChannel's port. */
export interface Port {
  on(event: "message", listener: (message: unknown) => void): unknown;
  off(event: "message", listener: (message: unknown) => void): unknown;
  postMessage(message: unknown): void;
}

/** What the receiver sends for the next piece. */
interface NextPiece {
  next: true;
}

const SLICE = 5_000;
const DEPTH = 2;

/** Sends `value` to the thread behind `port`, a piece each time it asks. */
export function sendPieces(port: Port, value: object): void {
  const pieces = piecesOf(value);
  const listener = (message: unknown) => {
    if (!(message as NextPiece).next) return;
    const piece = pieces.next();
    if (piece.done) port.off("message", listener);
    else port.postMessage(piece.value);
  };
  port.on("message", listener);
  listener({ next: true });
}

/** Resolves with the reassembled object once the last piece arrives; other messages (a worker's progress) are left to their own listeners. */
export function receivePieces<T>(worker: Port): Promise<T> {
  return new Promise((resolve) => {
    const root: Record<string, unknown> = {};
    const listener = (message: unknown) => {
      const piece = message as Piece;
      if (!("path" in piece) && !("end" in piece)) return;
      if ("end" in piece) {
        worker.off("message", listener);
        resolve(root as T);
        return;
      }
      placePiece(root, piece);
      setImmediate(() => worker.postMessage({ next: true } satisfies NextPiece));
    };
    worker.on("message", listener);
  });
}

/** Puts one piece where its path says in the object being reassembled. */
export function placePiece(root: Record<string, unknown>, piece: Exclude<Piece, { end: true }>) {
  const parent = at(root, piece.path.slice(0, -1));
  const key = piece.path.at(-1)!;
  if ("items" in piece) (parent[key] as unknown[]).push(...piece.items);
  else if ("same" in piece) parent[key] = at(root, piece.same);
  else parent[key] = piece.value;
}

const at = (root: Record<string, unknown>, path: string[]) =>
  path.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, root);

/**
 * The pieces of `value`, its fields two levels down, long arrays in slices,
 * an object already sent as the path it was sent at; the last is `{ end: true }`.
 */
export function* piecesOf(
  value: object,
  path: string[] = [],
  sent = new Map<object, string[]>(),
): Generator<Piece> {
  for (const [key, field] of Object.entries(value)) {
    const at = [...path, key];
    const same = typeof field === "object" && field !== null ? sent.get(field) : undefined;
    if (same) {
      yield { path: at, same };
      continue;
    }
    if (typeof field === "object" && field !== null) sent.set(field, at);
    if (Array.isArray(field) && field.length > SLICE) {
      yield { path: at, value: [] };
      for (let start = 0; start < field.length; start += SLICE) {
        yield { path: at, items: field.slice(start, start + SLICE) };
      }
    } else if (isPlainObject(field) && at.length < DEPTH) {
      yield { path: at, value: {} };
      yield* piecesOf(field, at, sent);
    } else yield { path: at, value: field };
  }
  if (path.length === 0) yield { end: true };
}

function isPlainObject(value: unknown): value is object {
  return (
    typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}
