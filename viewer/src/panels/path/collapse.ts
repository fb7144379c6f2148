/**
 * A path as an analyst reads it: the phones, vehicles and online accounts it
 * runs through folded into the persons on either side (a call between two
 * phones is a tie between their users), so each step goes from one actor,
 * place or case to the next, and the devices it went through are kept with
 * the step to be shown again on demand.
 */

/** Entity types a path step folds into the entities on either side. */
export const FOLDED_TYPES: ReadonlySet<string> = new Set(["phone", "vehicle", "online_account"]);

export interface PathStep {
  from: string;
  to: string;
  /** The folded entities between them, in path order (empty for a direct link). */
  via: string[];
}

/**
 * The steps of a path with every run of folded entities between two other
 * entities folded into one step. A run at an end of the path stays as it is:
 * an end is what was asked for.
 */
export function foldPath(path: readonly string[], typeOf: (id: string) => string): PathStep[] {
  const steps: PathStep[] = [];
  let from = path[0];
  let via: string[] = [];
  for (let i = 1; i < path.length; i++) {
    const id = path[i]!;
    const last = i === path.length - 1;
    if (
      FOLDED_TYPES.has(typeOf(id)) &&
      !last &&
      from !== undefined &&
      !FOLDED_TYPES.has(typeOf(from))
    ) {
      via.push(id);
      continue;
    }
    steps.push({ from: from!, to: id, via });
    from = id;
    via = [];
  }
  return steps;
}

/** The entities a folded path shows: each step's ends. */
export const stepNodes = (steps: readonly PathStep[]): string[] =>
  steps.length === 0 ? [] : [steps[0]!.from, ...steps.map((step) => step.to)];

/** Every entity of the steps, folded ones included, in path order. */
export const allNodes = (steps: readonly PathStep[]): string[] =>
  steps.length === 0 ? [] : [steps[0]!.from, ...steps.flatMap((step) => [...step.via, step.to])];
