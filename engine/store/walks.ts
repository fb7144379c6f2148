/** The walks both stores share once their own reads have found the neighbours. */
import { compareIds } from "./queries.ts";

/**
 * Breadth-first levels around `centre`, ids ascending within a level, cut at
 * `limit` entities; `truncated` when the limit left some out.
 */
export async function egoEntities(
  neighboursOf: (ids: string[]) => string[] | Promise<string[]>,
  centre: string,
  depth: number,
  limit: number,
): Promise<{ ids: string[]; truncated: boolean }> {
  const seen = new Set([centre]);
  let frontier = [centre];
  let truncated = false;
  for (let level = 0; level < depth && frontier.length > 0 && !truncated; level++) {
    const next = [...new Set(await neighboursOf(frontier))]
      .filter((id) => !seen.has(id))
      .sort(compareIds);
    truncated = next.length > limit - seen.size;
    frontier = next.slice(0, limit - seen.size);
    for (const id of frontier) seen.add(id);
  }
  return { ids: [...seen], truncated };
}

/**
 * From the predecessors of a breadth-first search (each entity reached, with
 * the neighbours before it on a shortest route from `from`): how many
 * shortest paths lead to `to` (counted up to `cap`) and the first `limit` of
 * them in ascending order of their id sequences, found without listing the
 * others.
 */
export function lexicographicPaths(
  predecessors: ReadonlyMap<string, readonly string[]>,
  from: string,
  to: string,
  limit: number,
  cap: number,
): { paths: string[][]; count: number } {
  const counts = new Map<string, number>([[from, 1]]);
  const successors = new Map<string, string[]>();
  const countOf = (id: string): number => {
    let count = counts.get(id);
    if (count === undefined) {
      count = 0;
      for (const before of predecessors.get(id)!) {
        count = Math.min(cap, count + countOf(before));
        const next = successors.get(before);
        if (next) next.push(id);
        else successors.set(before, [id]);
      }
      counts.set(id, count);
    }
    return count;
  };
  const count = countOf(to);
  for (const list of successors.values()) list.sort(compareIds);
  const paths: string[][] = [];
  const walk = (path: string[]) => {
    const last = path.at(-1)!;
    if (last === to) paths.push(path);
    else
      for (const next of successors.get(last) ?? []) {
        if (paths.length >= limit) return;
        walk([...path, next]);
      }
  };
  walk([from]);
  return { paths, count };
}
