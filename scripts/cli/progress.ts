/**
 * Progress of a command's long work on stderr, in named stages, so no
 * stretch of work goes by without the screen saying what runs: on a terminal
 * one bar per stage (`import  check links [=====     ] 52% 520000/1000000 3s`),
 * each left complete when the next begins; with CROSSLINK_PROGRESS=lines,
 * plain lines for logs (a stage's start, its end, and a line whenever a
 * tenth more is done or half a second has passed since the last line while
 * work moves); otherwise nothing, so pipes stay clean.
 *
 * Both draw from inside `update`, not from a timer: the analysis's steps
 * are synchronous code that reports its progress as it runs
 * (engine/analytics/progress.ts), and a timer never fires while they hold
 * the event loop.
 */
import { SingleBar, Presets } from "cli-progress";
import type { AnalysisProgress } from "../../engine/analytics/index.ts";

/** Longest a log goes without a line while work moves. */
const LINE_INTERVAL_MS = 500;
/** The bar redraws on an update at most this often (cli-progress: twice its frame time). */
const BAR_FPS = 20;

export interface Progress {
  /**
   * Ends the current stage (as complete) and starts `name` with `total`
   * units of work (1: no count); `counted`: the units are items worth
   * showing (rows, bytes), not shares of the stage.
   */
  stage(name: string, total?: number, counted?: boolean): void;
  /** Work done in the current stage; a total given here replaces the stage's. */
  update(done: number, total?: number): void;
  /** Ends the current stage as complete. */
  stop(): void;
}

/** Where the progress goes: a bar on a terminal, lines when asked for, else nowhere. */
export function progress(command: string): Progress {
  if (process.env.CROSSLINK_PROGRESS === "lines") return new LineProgress(command);
  if (process.stderr.isTTY) return new BarProgress(command);
  return { stage: () => {}, update: () => {}, stop: () => {} };
}

/** Runs `work` with a progress that stops however the work ends. */
export async function withProgress<T>(
  command: string,
  work: (progress: Progress) => Promise<T>,
): Promise<T> {
  const shown = progress(command);
  try {
    return await work(shown);
  } finally {
    shown.stop();
  }
}

/** One stage's counts, shared by both displays. */
abstract class Staged implements Progress {
  protected name: string | undefined;
  protected done = 0;
  protected total = 1;
  protected counted = false;

  constructor(protected readonly command: string) {}

  stage(name: string, total = 1, counted = total > 1): void {
    this.stop();
    this.name = name;
    this.done = 0;
    this.total = Math.max(total, 1);
    this.counted = counted;
    this.started();
  }

  update(done: number, total?: number): void {
    if (this.name === undefined) return;
    if (total !== undefined) this.total = Math.max(total, 1);
    this.done = Math.min(done, this.total);
    this.advanced();
  }

  stop(): void {
    if (this.name === undefined) return;
    this.done = this.total;
    this.ended();
    this.name = undefined;
  }

  protected abstract started(): void;
  protected abstract advanced(): void;
  protected abstract ended(): void;
}

class BarProgress extends Staged {
  private bar: SingleBar | undefined;

  protected started() {
    this.bar = new SingleBar(
      {
        format: `${this.command.padEnd(9)} ${this.name!.padEnd(14)} [{bar}] {percentage}%${this.counted ? " {value}/{total}" : ""} {duration}s`,
        stream: process.stderr,
        hideCursor: true,
        // Redrawn from update() when due, since the timer starves while synchronous work runs.
        synchronousUpdate: true,
        fps: BAR_FPS,
      },
      Presets.shades_classic,
    );
    this.bar.start(this.total, 0);
  }

  protected advanced() {
    this.bar!.setTotal(this.total);
    this.bar!.update(this.done);
  }

  protected ended() {
    this.bar!.setTotal(this.total);
    this.bar!.update(this.total);
    this.bar!.stop();
  }
}

class LineProgress extends Staged {
  private tenth = 0;
  private written = 0;
  private lastLine = 0;

  protected started() {
    this.tenth = 0;
    this.line();
  }

  protected advanced() {
    const tenth = Math.floor((10 * this.done) / this.total);
    const due = tenth > this.tenth || performance.now() - this.lastLine >= LINE_INTERVAL_MS;
    if (due && this.done > this.written && this.done < this.total) {
      this.tenth = tenth;
      this.line();
    }
  }

  protected ended() {
    this.line();
  }

  private line() {
    const percent = Math.floor((100 * this.done) / this.total);
    const count = this.counted ? ` ${this.done}/${this.total}` : "";
    process.stderr.write(`${this.command}: ${this.name}${count} ${percent}%\n`);
    this.written = this.done;
    this.lastLine = performance.now();
  }
}

/**
 * The engine's named steps (the analysis's network, communities, ...; an
 * export's person graph, write gexf, ...) as stages of `shown`, moving as
 * each reports; `counted`: the units are items worth showing (an export's
 * nodes and edges), not shares of the step.
 */
export function analysisProgress(shown: Progress | undefined, counted = false): AnalysisProgress {
  let current: string | undefined;
  return (step, done, total) => {
    if (!shown) return;
    if (step !== current) {
      current = step;
      shown.stage(step, total, counted);
    }
    shown.update(done, total);
  };
}
