/** Import errors: every problem found, reported as `file:line: field: message`. */

export interface RecordProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export const formatProblem = (problem: RecordProblem): string =>
  `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`;

export const DEFAULT_ERROR_CAP = 100;

/** Where the checks put the problems they find: an array, or a ProblemList. */
export interface ProblemSink {
  push(problem: RecordProblem): unknown;
}

/**
 * The first `cap` problems of one kind and how many there were in all: a
 * dataset where every one of ten million rows is bad holds `cap` problems,
 * not ten million, and the message still says how many more there were.
 */
export class ProblemList implements ProblemSink {
  readonly kept: RecordProblem[] = [];
  count = 0;

  constructor(private readonly cap: number) {}

  push(problem: RecordProblem): void {
    if (this.kept.length < this.cap) this.kept.push(problem);
    this.count++;
  }
}

/** Thrown when a dataset has any error; nothing of it is loaded. */
export class DatasetError extends Error {
  /** `problems`: the first found (at least `cap` of them when there are more); `total`: how many in all. */
  constructor(
    readonly problems: readonly RecordProblem[],
    readonly cap: number = DEFAULT_ERROR_CAP,
    readonly total: number = problems.length,
  ) {
    super(formatProblems(problems, cap, total));
    this.name = "DatasetError";
  }
}

export function formatProblems(
  problems: readonly RecordProblem[],
  cap = DEFAULT_ERROR_CAP,
  total = problems.length,
): string {
  const shown = problems.slice(0, cap).map(formatProblem);
  if (total > shown.length) shown.push(`and ${total - shown.length} more`);
  return shown.join("\n");
}
