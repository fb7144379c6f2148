/**
 * The contract between `npm run bench` and each benchmark file.
 *
 * A benchmark file is `scripts/bench/NAME.bench.ts` exporting a default
 * `Benchmark`. Figures are recorded as rows; where a peer (igraph, a naive
 * implementation) runs on the same input in the same run, the row carries it as
 * `baseline` so the table shows the ratio, never an absolute time alone.
 */
export interface BenchRow {
  /** What was measured, for example "louvain" or "import + persist". */
  operation: string;
  /** The input, for example "1M edges" or "world 1M links". */
  input: string;
  /** The figure and its unit, for example 0.42 and "s". */
  value: number;
  unit: string;
  /** The peer measured side by side on the same input, if any. */
  baseline?: { name: string; value: number };
  /** Quality or context recorded beside the time (modularity, agreement, memory). */
  note?: string;
}

export interface BenchContext {
  /** "quick" for a smoke run on small inputs, "full" for the figures in the README. */
  scale: "quick" | "full";
  /** A scratch folder that is removed after the run. */
  workDir: string;
  record(row: BenchRow): void;
  /** Progress line on stderr. */
  log(message: string): void;
}

export interface Benchmark {
  name: string;
  run(context: BenchContext): Promise<void>;
}
