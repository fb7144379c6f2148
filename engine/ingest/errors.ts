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

/** Thrown when a dataset has any error; nothing of it is loaded. */
export class DatasetError extends Error {
  constructor(
    readonly problems: readonly RecordProblem[],
    readonly cap: number = DEFAULT_ERROR_CAP,
  ) {
    super(formatProblems(problems, cap));
    this.name = "DatasetError";
  }
}

export function formatProblems(
  problems: readonly RecordProblem[],
  cap = DEFAULT_ERROR_CAP,
): string {
  const shown = problems.slice(0, cap).map(formatProblem);
  if (problems.length > cap) shown.push(`and ${problems.length - cap} more`);
  return shown.join("\n");
}
