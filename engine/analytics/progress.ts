/**
 * Progress reported from inside long work, so that a display keeps moving
 * while synchronous code runs: the analysis's steps report (step, done,
 * total) through one callback type that the CLI draws and the server's
 * analysis worker passes on; each algorithm reports its own units (pivots,
 * nodes, rounds) through a WorkProgress, which a StepMeter maps into its
 * step's share.
 *
 * Reports are cheap and frequent (every few thousand nodes of a loop):
 * whoever shows them decides how often to draw.
 */

/** `done` of `total` units of the analysis step `step`: 0 as it starts, total when it ends. */
export type AnalysisProgress = (step: string, done: number, total: number) => void;

/** Progress inside one algorithm: `done` of `total` of its own units. */
export type WorkProgress = (done: number, total: number) => void;

/** Units of every analysis step: progress is in thousandths of the step. */
export const STEP_UNITS = 1000;

/** How often a loop over nodes or records reports: every 4096 items (a mask for `i & EVERY`). */
export const EVERY = 4095;

/**
 * One step of the analysis, cut into parts by their expected share of its
 * time (shares summing to 1); each part reports its own progress, which
 * moves the step's. Reports only when a thousandth more is done, so the
 * events of a step are increasing and at most STEP_UNITS.
 */
export class StepMeter {
  private done = 0;
  private next = 0;

  constructor(
    private readonly report: AnalysisProgress | undefined,
    readonly step: string,
  ) {
    report?.(step, 0, STEP_UNITS);
  }

  /** The next part of the step, worth `share` of it. */
  part(share: number): WorkProgress {
    const start = this.next;
    this.next += share;
    return (done, total) => this.at(start + share * (total > 0 ? Math.min(done / total, 1) : 1));
  }

  /** Runs `work` as the next part of the step (worth `share`), marking it done when it returns. */
  run<T>(share: number, work: (progress: WorkProgress) => T): T {
    const progress = this.part(share);
    const result = work(progress);
    progress(1, 1);
    return result;
  }

  /** The step is done. */
  end(): void {
    this.at(1);
  }

  private at(fraction: number): void {
    const units = Math.min(STEP_UNITS, Math.floor(fraction * STEP_UNITS + 1e-9));
    if (units <= this.done) return;
    this.done = units;
    this.report?.(this.step, units, STEP_UNITS);
  }
}

/**
 * Progress of a sequence of unknown length (Louvain's levels, local-moving
 * sweeps): piece k covers [1 − 2^−k, 1 − 2^−(k+1)) of `progress`, so each
 * moves the display and the sequence never claims to be done early.
 */
export function halving(progress: WorkProgress | undefined): (k: number) => WorkProgress {
  return (k) => (done, total) => {
    const fraction = total > 0 ? Math.min(done / total, 1) : 1;
    progress?.(1 - 2 ** -k + fraction * 2 ** -(k + 1), 1);
  };
}

/** The part of `progress` from fraction `from` to `to`: a sub-task of known share. */
export function span(
  progress: WorkProgress | undefined,
  from: number,
  to: number,
): WorkProgress | undefined {
  if (!progress) return undefined;
  return (done, total) =>
    progress(from + (to - from) * (total > 0 ? Math.min(done / total, 1) : 1), 1);
}
