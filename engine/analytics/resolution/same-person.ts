/**
 * Accepted matches as one actor: the person records an analyst accepted as
 * one person (directly or through a chain of accepted pairs) stand for one
 * node of the person network, its representative being the group's first
 * record in the graph's order, so every other actor keeps its place. The
 * records are not touched; only the analysis reads them as one.
 */
import { decisionsOf, type EntityRecords } from "../../model/index.ts";

/** Each matched person id with its group's representative (itself for the representative). */
export function samePersonOf(graph: EntityRecords): Map<string, string> {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let top = id;
    while (parent.get(top) !== top) top = parent.get(top)!;
    parent.set(id, top);
    return top;
  };
  for (const { a, b, decision } of decisionsOf(graph)) {
    if (decision !== "accepted") continue;
    if (graph.getNodeAttribute(a, "type") !== "person") continue;
    if (graph.getNodeAttribute(b, "type") !== "person") continue;
    for (const id of [a, b]) if (!parent.has(id)) parent.set(id, id);
    parent.set(root(a), root(b));
  }
  const representative = new Map<string, string>();
  if (parent.size === 0) return representative;
  const first = new Map<string, string>();
  graph.forEachNode((id) => {
    if (!parent.has(id)) return;
    const group = root(id);
    if (!first.has(group)) first.set(group, id);
    representative.set(id, first.get(group)!);
  });
  return representative;
}
