/**
 * Shortest paths between two entities over the entity graph, links taken in
 * either direction: breadth first from the source, keeping every parent on a
 * shortest route, then up to `limit` paths read back from the target.
 */
import { shortestPathPredecessors } from "../../engine/store/index.ts";
import { entitySubgraph, type GraphJson } from "./graph-json.ts";
import type { LevelView } from "./world.ts";

export interface PathsResult {
  length: number | null;
  paths: string[][];
  graph: GraphJson;
}

export function shortestPaths(
  view: LevelView,
  from: string,
  to: string,
  maxLength: number,
  limit: number,
): PathsResult {
  const parents = shortestPathPredecessors(view.graph, from, to, maxLength);
  const found = from === to ? [[from]] : parents.has(to) ? readPaths(parents, to, limit) : [];
  const nodes = new Set(found.flat());
  return {
    length: found.length > 0 ? found[0]!.length - 1 : null,
    paths: found,
    graph: entitySubgraph(view, nodes, { from, to }, (edge) => onSomePath(view, edge, found)),
  };
}

function readPaths(parents: Map<string, string[]>, to: string, limit: number): string[][] {
  const paths: string[][] = [];
  const walk = (node: string, suffix: string[]) => {
    if (paths.length >= limit) return;
    const list = parents.get(node)!;
    if (list.length === 0) {
      paths.push([node, ...suffix]);
      return;
    }
    for (const parent of list) walk(parent, [node, ...suffix]);
  };
  walk(to, []);
  return paths;
}

/** Only the links that join consecutive entities of a path are drawn. */
function onSomePath(view: LevelView, edge: string, paths: string[][]): boolean {
  const source = view.graph.source(edge);
  const target = view.graph.target(edge);
  return paths.some((path) =>
    path.some(
      (node, i) =>
        i > 0 &&
        ((path[i - 1] === source && node === target) ||
          (path[i - 1] === target && node === source)),
    ),
  );
}
