/**
 * Every stage of a command's progress as a phase with its time and the
 * peaks of memory seen while it ran (V8's heap in use, the process's
 * resident set), sampled at each report, at most every 100 ms: the run
 * metadata of a saved Analysis (`run`) and the phase table `crosslink
 * analyze` prints, from which the growth table of docs/PERFORMANCE.md is
 * filled. A peak between two samples can be missed; the reports come every
 * few thousand nodes, so the samples are close.
 */
import type { AnalysisRun, RunPhase } from "../../engine/analytics/index.ts";
import type { Progress } from "./progress.ts";

// Every 10 ms cost 3% of a 1M-link analysis (a memoryUsage call is about 0.3 ms on a loaded machine).
const SAMPLE_MS = 100;
const MB = 2 ** 20;

export class PhaseRecorder implements Progress {
  private readonly phases: RunPhase[] = [];
  private current: { name: string; started: number; heap: number; rss: number } | undefined;
  private readonly started = performance.now();
  private lastSample = 0;

  constructor(private readonly shown: Progress) {}

  stage(name: string, total?: number, counted?: boolean): void {
    this.close();
    this.current = { name, started: performance.now(), heap: 0, rss: 0 };
    this.sample(true);
    this.shown.stage(name, total, counted);
  }

  update(done: number, total?: number): void {
    this.sample(false);
    this.shown.update(done, total);
  }

  stop(): void {
    this.close();
    this.shown.stop();
  }

  /** The phases so far, the running one up to now. */
  run(): AnalysisRun {
    this.sample(true);
    const phases = [...this.phases];
    if (this.current) phases.push(this.phaseOf(this.current));
    return {
      finished: new Date().toISOString(),
      node: process.version,
      seconds: round((performance.now() - this.started) / 1000),
      peakHeapUsedMB: Math.max(0, ...phases.map((phase) => phase.peakHeapUsedMB)),
      peakRssMB: Math.max(0, ...phases.map((phase) => phase.peakRssMB)),
      phases,
    };
  }

  private close(): void {
    if (!this.current) return;
    this.sample(true);
    this.phases.push(this.phaseOf(this.current));
    this.current = undefined;
  }

  private phaseOf(phase: NonNullable<PhaseRecorder["current"]>): RunPhase {
    return {
      name: phase.name,
      seconds: round((performance.now() - phase.started) / 1000),
      peakHeapUsedMB: Math.round(phase.heap / MB),
      peakRssMB: Math.round(phase.rss / MB),
    };
  }

  private sample(always: boolean): void {
    const now = performance.now();
    if (!this.current || (!always && now - this.lastSample < SAMPLE_MS)) return;
    this.lastSample = now;
    const { heapUsed, rss } = process.memoryUsage();
    this.current.heap = Math.max(this.current.heap, heapUsed);
    this.current.rss = Math.max(this.current.rss, rss);
  }
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
