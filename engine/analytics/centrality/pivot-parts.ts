/**
 * Brandes' dependencies from many pivots (sampled-betweenness.ts) spread over
 * worker threads that share one CSR in SharedArrayBuffers.
 *
 * The pivots are cut into PARTS fixed slices; each slice's sums go to a
 * column of its own and the columns are added in slice order, so the scores
 * are the same bits whatever the number of threads (one, on a one-core
 * machine or for small work, runs every slice itself). Threads claim slices
 * one at a time, so a worker still starting leaves its share to the others. The caller stays synchronous: the calling thread works through
 * slices too, then waits (Atomics.wait) for the slices still running
 * elsewhere, reporting progress as the shared count of pivots done moves.
 * A slice whose worker failed is run again by the calling thread: a worker
 * that throws marks its slice itself; one that dies without running its
 * `finally` (terminated, out of memory) is marked by the supervisor thread
 * (pivot-supervisor.ts) that started it and hears its `exit`, since the
 * calling thread, blocked in Atomics.wait, hears no event.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Csr } from "../csr.ts";
import type { WorkProgress } from "../progress.ts";
import { accumulateDependencies } from "./betweenness.ts";

/** Fixed slices of the pivots: enough that two to eight threads share the work evenly. */
export const PARTS = 8;
/** Below this many pivot × half-edge steps a worker's start (about a second) costs more than it saves. */
export const PARALLEL_WORK = 5e7;
const BOOT = new URL("../../../bin/ts-worker.js", import.meta.url);
const SUPERVISOR = new URL("./pivot-supervisor.ts", import.meta.url).href;
export const PIVOT_WORKER = new URL("./pivot-worker.ts", import.meta.url).href;

/** Slice states in the shared `control` array; a running slice's state names its thread. */
const WAITING = 0;
export const DONE = 1;
export const FAILED = 2;
/** RUNNING + t: claimed by thread t (0 the calling thread, 1.. the workers), so that a dead worker's slice can be found. */
const RUNNING = 16;

/** What every thread sees: the graph, the pivots and the shared bookkeeping. */
export interface SharedPivots {
  nodeCount: number;
  offsets: Uint32Array;
  targets: Uint32Array;
  /** Null unless weighted. */
  weights: Float64Array | null;
  pivots: Uint32Array;
  weighted: boolean;
  linearScaling: boolean;
  /** [0]: pivots done, then one state per slice. */
  control: Int32Array;
  /** PARTS columns of nodeCount sums, slice by slice. */
  sums: Float64Array;
}

/**
 * The sum of the dependencies from `pivots` for each node, computed in
 * PARTS slices on up to `threads` threads (the calling one included).
 */
export function accumulateInParts(
  csr: Csr,
  pivots: Uint32Array,
  weighted: boolean,
  linearScaling: boolean,
  progress?: WorkProgress,
  threads = defaultThreads(csr, pivots.length),
): Float64Array {
  const shared = sharePivots(csr, pivots, weighted, linearScaling);
  if (threads > 1) startSupervisor(shared, threads - 1);
  return finishSlices(shared, progress);
}

/**
 * The calling thread's part: runs the slices still waiting, waits for those
 * running elsewhere, reruns those that failed, and sums the columns in order.
 */
export function finishSlices(shared: SharedPivots, progress?: WorkProgress): Float64Array {
  const report = () => progress?.(Atomics.load(shared.control, 0), shared.pivots.length);
  runSlices(shared, 0, report);
  for (let part = 0; part < PARTS; part++) {
    // Another thread's slice: wait for it, reporting as its pivots go by.
    for (let state = stateOf(shared, part); state >= RUNNING; state = stateOf(shared, part)) {
      Atomics.wait(shared.control, 1 + part, state, 100);
      report();
    }
    if (stateOf(shared, part) === FAILED) {
      Atomics.store(shared.control, 1 + part, RUNNING);
      runSlice(shared, part, RUNNING, report);
    }
  }
  const n = shared.nodeCount;
  const scores = new Float64Array(n);
  for (let part = 0; part < PARTS; part++) {
    const column = shared.sums.subarray(part * n, (part + 1) * n);
    for (let v = 0; v < n; v++) scores[v]! += column[v]!;
  }
  return scores;
}

/**
 * Claims (waiting to running by `thread`, atomically) and runs slices until
 * none is left; `report` hears of every pivot done.
 */
export function runSlices(shared: SharedPivots, thread: number, report?: () => void): void {
  const running = RUNNING + thread;
  for (let part = 0; part < PARTS; part++) {
    if (Atomics.compareExchange(shared.control, 1 + part, WAITING, running) === WAITING) {
      runSlice(shared, part, running, report);
    }
  }
}

/** Marks failed the slices `thread` had claimed and not finished (it died); wakes the calling thread. */
export function failSlicesOf(shared: SharedPivots, thread: number): void {
  for (let part = 0; part < PARTS; part++) {
    const running = RUNNING + thread;
    if (Atomics.compareExchange(shared.control, 1 + part, running, FAILED) === running) {
      Atomics.notify(shared.control, 1 + part);
    }
  }
}

/** One claimed slice's pivots into its column; a failure marks it for the calling thread to redo. */
function runSlice(shared: SharedPivots, part: number, running: number, report?: () => void): void {
  const { nodeCount: n, pivots } = shared;
  const column = shared.sums.subarray(part * n, (part + 1) * n);
  column.fill(0);
  const csr: Csr = {
    nodeCount: n,
    ids: [],
    offsets: shared.offsets,
    targets: shared.targets,
    weights: shared.weights ?? new Float64Array(0),
    edgeCount: shared.targets.length / 2,
  };
  const start = Math.floor((part * pivots.length) / PARTS);
  const end = Math.floor(((part + 1) * pivots.length) / PARTS);
  let state = DONE;
  try {
    accumulateDependencies(
      csr,
      pivots.subarray(start, end),
      shared.weighted,
      shared.linearScaling,
      (done) => {
        if (done > 0) Atomics.add(shared.control, 0, 1);
        report?.();
      },
      column,
    );
    Atomics.add(shared.control, 0, 1);
  } catch (error) {
    state = FAILED;
    throw error;
  } finally {
    // Only if still ours: a slice marked failed is the calling thread's to redo.
    Atomics.compareExchange(shared.control, 1 + part, running, state);
    Atomics.notify(shared.control, 1 + part);
  }
}

export function stateOf(shared: SharedPivots, part: number): number {
  return Atomics.load(shared.control, 1 + part);
}

/** One thread per core, at most one per slice; only the calling thread for small work. */
function defaultThreads(csr: Csr, pivotCount: number): number {
  if (pivotCount * csr.targets.length < PARALLEL_WORK) return 1;
  return Math.min(PARTS, availableParallelism());
}

export function sharePivots(
  csr: Csr,
  pivots: Uint32Array,
  weighted: boolean,
  linearScaling: boolean,
): SharedPivots {
  return {
    nodeCount: csr.nodeCount,
    offsets: sharedCopy(csr.offsets, Uint32Array),
    targets: sharedCopy(csr.targets, Uint32Array),
    weights: weighted ? sharedCopy(csr.weights, Float64Array) : null,
    pivots: sharedCopy(pivots, Uint32Array),
    weighted,
    linearScaling,
    control: new Int32Array(new SharedArrayBuffer(4 * (1 + PARTS))),
    sums: new Float64Array(new SharedArrayBuffer(8 * PARTS * csr.nodeCount)),
  };
}

function sharedCopy<T extends Uint32Array | Float64Array>(
  array: T,
  make: new (buffer: SharedArrayBuffer) => T,
): T {
  const copy = new make(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

/** What the supervisor thread is given: the shared pivots and the workers to start. */
export interface SupervisorData {
  shared: SharedPivots;
  workers: number;
  /** Module each worker runs: pivot-worker.ts, or a test's stand-in. */
  workerEntry: string;
}

/**
 * A thread that starts `workers` worker threads (numbered 1..workers), each
 * claiming slices as soon as it has started, and marks failed the slices of
 * any that dies before finishing them; it ends when they have all ended.
 */
export function startSupervisor(
  shared: SharedPivots,
  workers: number,
  workerEntry = PIVOT_WORKER,
): Worker {
  const data: SupervisorData = { shared, workers, workerEntry };
  const supervisor = startThread(SUPERVISOR, data);
  // The calling thread does not wait for it to end: it waits for the slices.
  supervisor.unref();
  return supervisor;
}

/**
 * A TypeScript module on a thread of its own; its failures are marked in the
 * shared states, so an error event has no one to tell.
 */
export function startThread(entry: string, data: object): Worker {
  return new Worker(BOOT, { workerData: { ...data, entry } }).on("error", () => {});
}
